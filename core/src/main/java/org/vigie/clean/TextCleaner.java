package org.vigie.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.model.CleaningReport;
import org.vigie.model.Span;

/**
 * The clean stage: paragraphs split on line breaks and normalised, repeats and page furniture
 * removed, the trailing agency credit taken as the credited source. The kept paragraphs are joined
 * by a single {@code \n}. Thread-safe: it holds only its immutable rules.
 *
 * <pre>{@code
 * Cleaner cleaner = TextCleaner.withDefaultRules();
 * CleanArticle clean = cleaner.clean(article);
 * }</pre>
 */
public final class TextCleaner implements Cleaner {

  private static final Logger LOG = LoggerFactory.getLogger(TextCleaner.class);

  private final BoilerplateRules rules;

  public TextCleaner(BoilerplateRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** A cleaner with the bundled {@code boilerplate.txt} and {@code agencies.tsv}. */
  public static TextCleaner withDefaultRules() {
    return new TextCleaner(BoilerplateRules.defaults());
  }

  @Override
  public CleanArticle clean(Article article) {
    Objects.requireNonNull(article, "article");
    List<String> paragraphs = ParagraphSplitter.split(article.text());
    Triage triage = Triage.of(paragraphs, rules);
    if (triage.repeatsExactOnly()) {
      LOG.info(
          "{}: clean: {} paragraphs; near repeats looked for in the first ones only",
          article.id(),
          paragraphs.size());
    }

    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    List<String> boilerplate = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Verdict verdict = triage.verdicts().get(i);
      if (verdict == Verdict.KEPT) {
        if (!spans.isEmpty()) {
          text.append('\n');
        }
        spans.add(new Span(text.length(), text.length() + paragraphs.get(i).length()));
        text.append(paragraphs.get(i));
      } else if (verdict.isBoilerplate()) {
        boilerplate.add(paragraphs.get(i));
      }
    }
    CleaningReport report =
        new CleaningReport(
            paragraphs.size(),
            spans.size(),
            (int) triage.count(Verdict.DUPLICATE),
            boilerplate,
            triage.creditedSource());
    LOG.debug(
        "{}: {} paragraphs in, {} kept, {} repeated, {} boilerplate, credit {}",
        article.id(),
        report.paragraphsIn(),
        report.paragraphsKept(),
        report.duplicateParagraphs(),
        boilerplate.size(),
        report.creditedSource());
    return new CleanArticle(article, text.toString(), spans, report);
  }
}
