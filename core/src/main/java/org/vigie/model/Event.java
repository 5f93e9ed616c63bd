package org.vigie.model;

/**
 * One coded event: who did what to whom, when and where, and the words that prove it.
 *
 * @param docId document id
 * @param eventId stable id, derived from the document, sentence, code and actors
 * @param sentenceId index of the sentence in the document
 * @param sentence the sentence text
 * @param date ISO date of the event (day, month or year precision)
 * @param datePrecision precision of {@code date}
 * @param code CAMEO event code
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein score of the code
 * @param source who acts
 * @param sourceText the source as written in the sentence
 * @param target who is acted upon
 * @param targetText the target as written
 * @param location where, or null
 * @param evidence the matched words
 * @param lang language of the article
 * @param plover the PLOVER type of the code, or null (CAMEO statements have none)
 * @param sourceSpan where the source is written in the cleaned text (possibly in an earlier
 *     sentence, for a pronoun resolved there), or null
 * @param targetSpan where the target is written, or null
 */
public record Event(
    String docId,
    String eventId,
    int sentenceId,
    String sentence,
    String date,
    DateMention.Precision datePrecision,
    String code,
    int quadClass,
    double goldstein,
    Actor source,
    String sourceText,
    Actor target,
    String targetText,
    Location location,
    Evidence evidence,
    String lang,
    Plover plover,
    Span sourceSpan,
    Span targetSpan) {

  /** The same event at another place. */
  public Event withLocation(Location place) {
    return new Event(docId, eventId, sentenceId, sentence, date, datePrecision, code, quadClass, goldstein,
        source, sourceText, target, targetText, place, evidence, lang, plover, sourceSpan, targetSpan);
  }

  /** The CAMEO root: the first two digits of the code. */
  public String root() {
    return code.substring(0, 2);
  }
}
