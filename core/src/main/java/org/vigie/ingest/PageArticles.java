package org.vigie.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.vigie.extract.ExtractedPage;
import org.vigie.extract.PageExtractor;
import org.vigie.model.Article;

/**
 * Turns one HTML page into an article through the extractor, for HTML files and WARC responses
 * alike: the page's canonical URL, title, date and declared language, and its body text.
 *
 * <p>The extractor runs on data from anywhere: an exception it throws, or a stack overflow on a
 * page nested thousands of levels deep, is reported as an error for that page and never stops the
 * batch. Thread-safe when the extractor is.
 */
final class PageArticles {

  /** Longest page handed to the extractor: pages are a few hundred KB; this is a hundred times. */
  static final int MAX_PAGE_BYTES = 32 << 20;

  /** The languages a declared {@code lang} is kept for; any other leaves the caller's default. */
  private static final Set<String> LANGUAGES = Set.of("fr", "en");

  private final SourceOptions options;
  private final PageExtractor extractor;

  PageArticles(SourceOptions options, PageExtractor extractor) {
    this.options = options;
    this.extractor = extractor;
  }

  /**
   * One page as it was found.
   *
   * @param bytes the page
   * @param charset the charset its transport declared (HTTP {@code Content-Type}), or null to let
   *     the extractor read the page's own declaration
   * @param url the address it was fetched from, or null
   * @param id the article's id, or null to derive it from its URL (else its text)
   * @param fallbackDate the date when the page gives none (a crawl date), or null for the caller's
   *     default
   * @param origin where it was read, for the article and for issues
   */
  record Page(
      byte[] bytes,
      Charset charset,
      String url,
      String id,
      LocalDate fallbackDate,
      String origin) {}

  /**
   * Reports the page's article, preceded by its warnings, or one error saying why there is none.
   */
  void read(Page page, Consumer<ReadResult> out) {
    ExtractedPage extracted;
    try {
      extracted =
          page.charset() == null
              ? extractor.extract(page.bytes(), page.url())
              : extractor.extract(new String(page.bytes(), page.charset()), page.url());
    } catch (RuntimeException | StackOverflowError e) {
      out.accept(ReadIssue.error(page.origin(), 0, "extraction failed: " + describe(e)));
      return;
    }
    String fullText = extracted.text().strip();
    if (fullText.isEmpty()) {
      String why =
          extracted.warnings().isEmpty()
              ? ""
              : " (" + String.join("; ", extracted.warnings()) + ")";
      out.accept(ReadIssue.error(page.origin(), 0, "no article body found in the page" + why));
      return;
    }
    extracted.warnings().forEach(w -> out.accept(ReadIssue.warning(page.origin(), 0, w)));
    String text = TextDecoding.truncate(fullText, options.maxTextChars());
    if (text.length() < fullText.length()) {
      out.accept(
          ReadIssue.warning(
              page.origin(),
              0,
              "text of "
                  + fullText.length()
                  + " characters truncated to "
                  + options.maxTextChars()));
    }
    String url = blankToNull(extracted.url() != null ? extracted.url() : page.url());
    String id = page.id();
    if (id == null) {
      id = url != null ? ArticleIds.fromUrl(url) : ArticleIds.fromText(fullText);
    }
    LocalDate date = extracted.date();
    if (date == null) {
      date = page.fallbackDate() != null ? page.fallbackDate() : options.defaultDate();
    }
    Article article =
        new Article(
            id,
            url,
            blankToNull(extracted.title()),
            date,
            language(extracted.lang()),
            text,
            page.origin());
    out.accept(new ReadResult.Ok(article));
  }

  /** {@code fr-FR} → {@code fr}; a language other than French or English → the caller's default. */
  private String language(String declared) {
    if (declared == null) {
      return options.defaultLang();
    }
    String primary = declared.split("[-_]", 2)[0].strip().toLowerCase(Locale.ROOT);
    return LANGUAGES.contains(primary) ? primary : options.defaultLang();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String describe(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "page nested too deeply";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
