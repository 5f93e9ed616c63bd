package org.vigie.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The HTML extractor (first version: title and the paragraphs of the page). */
public final class HtmlExtractor implements PageExtractor {

  @Override
  public ExtractedPage extract(byte[] html, String url) {
    return extract(new String(html, StandardCharsets.UTF_8), url);
  }

  @Override
  public ExtractedPage extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.select("p")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    List<String> warnings = paragraphs.isEmpty() ? List.of("no body text found") : List.of();
    String title = doc.title().isBlank() ? null : doc.title().strip();
    return new ExtractedPage(url, title, null, null, null, String.join("\n", paragraphs), warnings);
  }
}
