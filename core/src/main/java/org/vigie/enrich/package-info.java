/**
 * Enrichment of resolved documents with what analysts read news for: quotes and their speakers
 * ({@link org.vigie.enrich.QuoteExtractor}), counts of dead, fighters, countries ({@link
 * org.vigie.enrich.QuantityExtractor}, attached to violent events by {@link
 * org.vigie.enrich.Casualties}), and dates: {@link
 * org.vigie.enrich.DateResolver} finds French and English date expressions ({@code 30 septembre
 * 2015}, {@code mercredi}, {@code il y a trois jours}, {@code Depuis août 2014}, {@code last week})
 * and resolves each against the article date into a {@link org.vigie.model.DateMention} at day,
 * month or year precision.
 *
 * <p>The words are data: {@code dates-*.tsv}, {@code speech-*.tsv}, {@code quantities-*.tsv} next to this package's
 * resources, read by {@link org.vigie.enrich.DateWords} (whose format the French file documents);
 * the grammar that combines them is shared by the languages. The choices for incomplete dates
 * (which Wednesday, which August) are in one place, {@code Anchoring}.
 *
 * <p>This package reads sentences and returns new records. It does not tokenise with CoreNLP, code
 * events or pick an event's date among the mentions; that is for the coding stage.
 */
package org.vigie.enrich;
