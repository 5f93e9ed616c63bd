package org.vigie.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The fields of the full-text index and how each is analysed. Title and text are indexed once per
 * language ({@code title_fr}, {@code text_fr}, {@code title_en}, {@code text_en}) so that each is
 * stemmed by its own language's rules: Lucene's {@link FrenchAnalyzer} (elision, stop words, light
 * stemming that also folds accents: "bombardements", "bombardé" and "Bombarder" all give
 * {@code bombard}) and {@link EnglishAnalyzer} (Porter stemming). The other fields are exact.
 */
final class IndexFields {

  static final String DOC_KEY = "doc_key";
  static final String DATE = "date";
  static final String LANG = "lang";
  /** Stored copies of the title and the cleaned text, for snippets. */
  static final String STORED_TITLE = "title";
  static final String STORED_TEXT = "text";

  /** The languages with their own analysed fields; anything else is indexed as French. */
  static final List<String> LANGS = List.of("fr", "en");

  private IndexFields() {}

  static String title(String lang) {
    return "title_" + indexLang(lang);
  }

  static String text(String lang) {
    return "text_" + indexLang(lang);
  }

  /** The language whose fields hold a document: its own when analysed, else French. */
  static String indexLang(String lang) {
    String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
    return LANGS.contains(l) ? l : "fr";
  }

  /** One analyser per analysed field; exact matching everywhere else. */
  static Analyzer analyzer() {
    Analyzer french = new FrenchAnalyzer();
    Analyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
        title("fr"), french, text("fr"), french, title("en"), english, text("en"), english));
  }
}
