package org.vigie.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article described by the page's schema.org JSON-LD ({@code NewsArticle}, {@code
 * BlogPosting}, {@code LiveBlogPosting}...), inside arrays and {@code @graph} lists alike.
 *
 * @param headline {@code headline}, or null
 * @param body {@code articleBody}, or null
 * @param datePublished {@code datePublished} as written, or null
 * @param authors the names of {@code author} (a name, a Person, or a list of them)
 * @param language {@code inLanguage}, or null
 * @param url {@code url} or {@code mainEntityOfPage}, or null
 * @param description {@code description}, or null
 * @param paywalled {@code isAccessibleForFree} is false: the body may hold what readers cannot see
 */
record JsonLd(String headline, String body, String datePublished, List<String> authors, String language,
    String url, String description, boolean paywalled) {

  static final JsonLd NONE = new JsonLd(null, null, null, List.of(), null, null, null, false);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The first article object of the page's JSON-LD scripts, else the first object with a
   * publication date; malformed scripts are skipped with a warning.
   */
  static JsonLd of(Document doc, List<String> warnings) {
    JsonNode dated = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        warnings.add("malformed JSON-LD skipped");
        continue;
      }
      JsonNode article = find(root, true);
      if (article != null) {
        return read(article);
      }
      if (dated == null) {
        dated = find(root, false);
      }
    }
    // No article: a podcast episode, a video page... still dates the page.
    return dated != null ? read(dated) : NONE;
  }

  /** The first article object, or (articles false) the first object with a datePublished. */
  private static JsonNode find(JsonNode root, boolean articles) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    if (root != null) {
      todo.add(root);
    }
    int seen = 0;
    while (!todo.isEmpty() && seen++ < 10_000) {
      JsonNode n = todo.poll();
      if (n.isArray()) {
        n.forEach(todo::add);
      } else if (n.isObject()) {
        if (articles ? isArticle(n.get("@type")) : n.hasNonNull("datePublished")) {
          return n;
        }
        if (n.has("@graph")) {
          todo.add(n.get("@graph"));
        }
      }
    }
    return null;
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    return t.endsWith("Article") || t.endsWith("Posting") || t.equals("Report");
  }

  private static JsonLd read(JsonNode a) {
    List<String> authors = new ArrayList<>();
    JsonNode author = a.get("author");
    if (author != null) {
      for (JsonNode one : author.isArray() ? author : List.of(author)) {
        if ("Organization".equals(text(one, "@type")) || "NewsMediaOrganization".equals(text(one, "@type"))) {
          continue;
        }
        String name = one.isTextual() ? one.asText() : text(one, "name");
        if (name != null && !name.isBlank() && !name.startsWith("http")) {
          authors.add(name.strip());
        }
      }
    }
    String url = text(a, "url");
    JsonNode page = a.get("mainEntityOfPage");
    if (url == null && page != null) {
      url = page.isTextual() ? page.asText() : text(page, "@id");
    }
    JsonNode lang = a.get("inLanguage");
    String language = lang == null ? null : lang.isTextual() ? lang.asText() : text(lang, "name");
    return new JsonLd(text(a, "headline"), text(a, "articleBody"), text(a, "datePublished"), List.copyOf(authors),
        language, url, text(a, "description"), "false".equalsIgnoreCase(text(a, "isAccessibleForFree")));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isValueNode() && !v.asText().isBlank() ? v.asText().strip() : null;
  }
}
