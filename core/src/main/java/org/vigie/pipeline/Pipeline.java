package org.vigie.pipeline;

import java.util.List;
import java.util.Map;
import org.vigie.clean.Cleaner;
import org.vigie.clean.LanguageGuesser;
import org.vigie.enrich.Casualties;
import org.vigie.enrich.DateResolver;
import org.vigie.enrich.QuantityExtractor;
import org.vigie.enrich.QuoteExtractor;
import org.vigie.model.Quantity;
import org.vigie.model.AnnotatedDocument;
import org.vigie.model.Article;
import org.vigie.model.CleanArticle;
import org.vigie.model.CleaningReport;
import org.vigie.model.Sentence;
import org.vigie.model.Span;
import org.vigie.model.Event;
import org.vigie.model.Place;
import org.vigie.model.ResolvedDocument;

/**
 * The whole path from an article to its events. Built once by {@link PipelineFactory}; {@link
 * #process} is thread-safe, so articles may be processed in parallel.
 */
public final class Pipeline implements ArticleProcessor {

  private final Cleaner cleaner;
  private final LanguageGuesser guesser;
  private final DateResolver dates;
  private final QuoteExtractor quotes;
  private final QuantityExtractor quantities;
  private final Map<String, LanguageStages> languages;

  Pipeline(Cleaner cleaner, LanguageGuesser guesser, DateResolver dates, QuoteExtractor quotes,
      QuantityExtractor quantities, Map<String, LanguageStages> languages) {
    this.quotes = quotes;
    this.quantities = quantities;
    this.cleaner = cleaner;
    this.guesser = guesser;
    this.dates = dates;
    this.languages = Map.copyOf(languages);
  }

  /** The languages this pipeline codes. */
  public java.util.Set<String> languages() {
    return languages.keySet();
  }

  /** Cleans, annotates, resolves and codes one article. */
  @Override
  public DocumentResult process(Article article) {
    CleanArticle cleaned = cleaner.clean(article);
    String lang = article.lang() != null ? article.lang() : guesser.guess(cleaned.text());
    LanguageStages stages = stagesFor(article, lang);
    AnnotatedDocument annotated = stages.annotator().get().annotate(cleaned, stages.selector());
    return code(stages, new AnnotatedDocument(cleaned, lang, annotated.sentences()));
  }

  private LanguageStages stagesFor(Article article, String lang) {
    LanguageStages stages = languages.get(lang);
    if (stages == null) {
      throw new UnsupportedLanguageException(article.id(), lang, languages.keySet());
    }
    return stages;
  }

  /** Actors, dates and events of an annotated document. */
  private DocumentResult code(LanguageStages stages, AnnotatedDocument annotated) {
    ResolvedDocument withActors = stages.actors().resolve(annotated);
    ResolvedDocument resolved = new ResolvedDocument(annotated, withActors.mentions(), dates.find(annotated));
    List<Place> places = stages.places().find(resolved);
    List<Event> events = stages.coder().code(resolved).stream()
        .map(e -> e.withLocation(stages.eventPlaces().locate(e, resolved, places))).toList();
    List<Quantity> quantities = this.quantities.find(resolved);
    List<Casualties> casualties = Casualties.attach(events, quantities).stream().filter(c -> !c.isEmpty()).toList();
    return new DocumentResult(annotated.article(), resolved, events, places, quotes.find(resolved), quantities,
        casualties);
  }

  /**
   * Codes text parsed elsewhere (CoNLL-U): no cleaning and no CoreNLP; the given sentences, tags
   * and dependencies are used as they are.
   */
  public DocumentResult processParsed(Article article, List<Sentence> sentences, String text) {
    String lang = article.lang() != null ? article.lang() : guesser.guess(text);
    LanguageStages stages = stagesFor(article, lang);
    CleanArticle cleaned = new CleanArticle(article, text, List.of(new Span(0, text.length())),
        new CleaningReport(1, 1, 0, List.of(), null));
    return code(stages, new AnnotatedDocument(cleaned, lang, sentences));
  }

  /** Only cleaning: what {@code vigie clean} reports. */
  public CleanArticle clean(Article article) {
    return cleaner.clean(article);
  }
}
