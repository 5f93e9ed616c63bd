/**
 * Linguistic annotation: sentences, tokens, lemmas, POS tags and dependencies, with Stanford
 * CoreNLP and, for French lemmas, LanguageTool's French lexicon.
 *
 * <p>Only sentences that a {@link org.vigie.nlp.SentenceSelector} accepts are tagged and parsed,
 * since the dependency parser is by far the slowest step. This package knows nothing of actors
 * or events: it must not read dictionaries.
 */
package org.vigie.nlp;
