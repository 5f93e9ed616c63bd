package org.vigie.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.enrich.Casualties;
import org.vigie.ingest.ArticleIds;
import org.vigie.model.Article;
import org.vigie.model.CleaningReport;
import org.vigie.model.Event;
import org.vigie.model.Quantity;
import org.vigie.model.Span;
import org.vigie.output.EventJson;
import org.vigie.pipeline.DocumentResult;

/**
 * What one processed article becomes in the store's {@code documents} and {@code events} tables,
 * as plain values, for writers other than {@link DocumentWriter} (the Spark job writes them as
 * Parquet). Same keys, same derived columns (day, outlet) and the same contract JSON as the store.
 * Thread-safe.
 */
public final class StoreRows {

  private final ObjectMapper mapper = new ObjectMapper();
  private final EventJson json = new EventJson(mapper);

  /** A row of {@code documents}, without {@code simhash}, {@code story_id} and {@code ingested_at}. */
  public record DocumentRow(String docKey, String docId, String url, String title, LocalDate date, String lang,
      String origin, String outlet, String creditedSource, String status, String text, int rawChars,
      int paragraphsIn, int paragraphsKept, int duplicateParagraphs, String boilerplate) {}

  /**
   * A row of {@code events}, in the table's column order, plus {@code isRootEvent}: whether the
   * trigger lies in the first paragraph of the cleaned text (GDELT's "root event").
   */
  public record EventRow(String docKey, String eventId, String docId, int sentenceId, String sentence, String date,
      String datePrecision, LocalDate day, String code, String root, int quadClass, double goldstein,
      String sourceCode, String sourceName, String sourceText, String sourceCountry, Integer sourceStart,
      Integer sourceEnd, String targetCode, String targetName, String targetText, String targetCountry,
      Integer targetStart, Integer targetEnd, String locationName, String locationCountry, Double lat, Double lon,
      String trigger, String pattern, int triggerStart, int triggerEnd, String lang, String ploverType,
      String ploverMode, String ploverContext, Integer dead, Integer injured, Integer arrested, String json,
      boolean isRootEvent) {}

  /** The document row of a processed article. */
  public DocumentRow document(DocumentResult r) {
    Article a = r.cleaned().article();
    CleaningReport report = r.cleaned().report();
    return new DocumentRow(ArticleIds.storeKey(a), a.id(), a.url(), a.title(), a.date(),
        r.resolved() != null ? r.resolved().document().lang() : a.lang(), a.origin(), DocumentWriter.outlet(a.url()),
        report.creditedSource(), "coded", r.cleaned().text(), a.text().length(), report.paragraphsIn(),
        report.paragraphsKept(), report.duplicateParagraphs(), mapper.valueToTree(report.boilerplate()).toString());
  }

  /** The event rows of a processed article, in the pipeline's order. */
  public List<EventRow> events(DocumentResult r) {
    String key = ArticleIds.storeKey(r.cleaned().article());
    List<Span> paragraphs = r.cleaned().paragraphs();
    int leadEnd = paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0).end();
    List<EventRow> rows = new ArrayList<>(r.events().size());
    for (Event e : r.events()) {
      rows.add(event(key, e, r.casualtiesOf(e), e.evidence().start() < leadEnd));
    }
    return rows;
  }

  private EventRow event(String key, Event e, Casualties c, boolean lead) {
    boolean located = e.location() != null;
    return new EventRow(key, e.eventId(), e.docId(), e.sentenceId(), e.sentence(), e.date(),
        e.datePrecision() == null ? null : e.datePrecision().name().toLowerCase(Locale.ROOT),
        DocumentWriter.day(e.date()), e.code(), e.root(), e.quadClass(), e.goldstein(),
        e.source().code(), e.source().name(), e.sourceText(), e.source().country(), start(e.sourceSpan()),
        end(e.sourceSpan()), e.target().code(), e.target().name(), e.targetText(), e.target().country(),
        start(e.targetSpan()), end(e.targetSpan()), located ? e.location().name() : null,
        located ? e.location().country() : null, located ? e.location().lat() : null,
        located ? e.location().lon() : null, e.evidence().trigger(), e.evidence().pattern(), e.evidence().start(),
        e.evidence().end(), e.lang(), e.plover() == null ? null : e.plover().type(),
        e.plover() == null ? null : e.plover().mode(), e.plover() == null ? null : e.plover().context(),
        count(c == null ? null : c.dead()), count(c == null ? null : c.injured()),
        count(c == null ? null : c.arrested()), json.event(e, c).toString(), lead);
  }

  private static Integer start(Span s) {
    return s == null ? null : s.start();
  }

  private static Integer end(Span s) {
    return s == null ? null : s.end();
  }

  private static Integer count(Quantity q) {
    // the column is an INTEGER; a count beyond it is a misreading, kept at the bound
    return q == null ? null : (int) Math.min(q.value(), Integer.MAX_VALUE);
  }
}
