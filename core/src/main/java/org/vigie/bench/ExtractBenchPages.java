package org.vigie.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigie.model.Article;

/**
 * Pages of realistic size for the extraction benchmark: an article page (generated, or one of
 * the caller's) padded to 100–300 KB with what makes real pages heavy: inline scripts and
 * styles, a big navigation menu, a related-articles grid, a comment thread and a footer full of
 * links. Deterministic for a given seed.
 */
public final class ExtractBenchPages {

  private static final String[] WORDS = {"politique", "monde", "économie", "sport", "culture", "international",
      "world", "business", "climate", "science", "élections", "diplomatie", "défense", "justice", "santé"};

  private ExtractBenchPages() {}

  /** Article pages made from the generated benchmark corpus, in a plain news-site template. */
  public static List<String> generatedSeeds(String lang, int n, long seed) {
    List<String> out = new ArrayList<>();
    for (Article a : new BenchCorpus(lang).generate(n, 700, seed)) {
      StringBuilder html = new StringBuilder();
      html.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
          .append("<title>").append(a.id()).append(" - Le Journal</title>")
          .append("<meta property=\"og:title\" content=\"Article ").append(a.id()).append("\">")
          .append("<meta property=\"article:published_time\" content=\"").append(a.date()).append("T08:00:00Z\">")
          .append("</head><body><main><article><h1>Article ").append(a.id()).append("</h1>")
          .append("<p class=\"byline\">Par Marie Dupont</p><div class=\"article-body\">");
      for (String paragraph : a.text().split("\n")) {
        html.append("<p>").append(paragraph).append("</p>\n");
      }
      html.append("</div></article></main></body></html>");
      out.add(html.toString());
    }
    return out;
  }

  /** {@code page} padded to a size drawn between {@code minBytes} and {@code maxBytes}. */
  public static String pad(String page, int minBytes, int maxBytes, Random random) {
    int target = minBytes + random.nextInt(Math.max(1, maxBytes - minBytes));
    int room = Math.max(0, target - page.length());
    String head = styles(room / 5, random) + scripts(room / 5, random);
    String top = menu(room / 5, random);
    String bottom = related(room / 10, random) + comments(room / 5, random) + menu(room / 10, random);
    String lower = page.toLowerCase(Locale.ROOT);
    int headEnd = lower.indexOf("</head>");
    int bodyStart = lower.indexOf('>', Math.max(0, lower.indexOf("<body")));
    int bodyEnd = lower.lastIndexOf("</body>");
    if (headEnd < 0 || bodyStart < 0 || bodyEnd < 0 || !(headEnd < bodyStart && bodyStart < bodyEnd)) {
      return head + top + page + bottom;
    }
    return page.substring(0, headEnd) + head + page.substring(headEnd, bodyStart + 1) + "<header>" + top + "</header>"
        + page.substring(bodyStart + 1, bodyEnd) + "<footer>" + bottom + "</footer>" + page.substring(bodyEnd);
  }

  private static String styles(int size, Random r) {
    StringBuilder s = new StringBuilder("<style>");
    for (int i = 0; s.length() < size; i++) {
      s.append(".c-").append(Integer.toString(r.nextInt(1 << 20), 36)).append("__").append(i)
          .append("{margin:0 0 ").append(r.nextInt(40)).append("px;font:400 16px/1.4 Georgia,serif;color:#")
          .append(Integer.toHexString(r.nextInt(0xFFFFFF))).append("}\n");
    }
    return s.append("</style>").toString();
  }

  private static String scripts(int size, Random r) {
    StringBuilder s = new StringBuilder("<script>window.__STATE__={\"items\":[");
    while (s.length() < size) {
      s.append("{\"id\":").append(r.nextInt(1_000_000)).append(",\"title\":\"").append(word(r)).append(' ')
          .append(word(r)).append("\",\"url\":\"/").append(word(r)).append('/').append(r.nextInt(99999))
          .append("\",\"tags\":[\"").append(word(r)).append("\"]},");
    }
    return s.append("{}]};</script>").toString();
  }

  private static String menu(int size, Random r) {
    StringBuilder s = new StringBuilder("<nav class=\"menu\"><ul>");
    while (s.length() < size) {
      s.append("<li class=\"menu__item\"><a class=\"menu__link\" href=\"/").append(word(r)).append('/')
          .append(word(r)).append("/\">").append(word(r)).append("</a></li>\n");
    }
    return s.append("</ul></nav>").toString();
  }

  private static String related(int size, Random r) {
    StringBuilder s = new StringBuilder("<section class=\"related\"><h2>Sur le même sujet</h2>");
    while (s.length() < size) {
      s.append("<div class=\"card\"><a href=\"/").append(word(r)).append('/').append(r.nextInt(99999))
          .append("\"><img src=\"/i/").append(r.nextInt(9999)).append(".jpg\" alt=\"\"><h3>").append(word(r))
          .append(" : ").append(word(r)).append(' ').append(word(r)).append("</h3></a></div>\n");
    }
    return s.append("</section>").toString();
  }

  private static String comments(int size, Random r) {
    StringBuilder s = new StringBuilder("<section id=\"comments\" class=\"comments\"><h2>Commentaires</h2>");
    while (s.length() < size) {
      s.append("<div class=\"comment\"><span class=\"comment__author\">lecteur").append(r.nextInt(9999))
          .append("</span><p>");
      for (int i = 0; i < 25; i++) {
        s.append(word(r)).append(i % 8 == 7 ? ", " : " ");
      }
      s.append("</p></div>\n");
    }
    return s.append("</section>").toString();
  }

  private static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }
}
