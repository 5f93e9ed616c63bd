/**
 * Cleaning: turns an {@link org.vigie.model.Article}'s raw text into the {@link
 * org.vigie.model.CleanArticle} text that every later offset refers to.
 *
 * <p>{@link org.vigie.clean.TextCleaner} splits the text into paragraphs on line breaks, normalises
 * their characters (NFC, non-breaking spaces to spaces, control characters removed), drops
 * paragraphs that repeat an earlier one, removes page furniture (related-link and video teasers,
 * share, cookie and newsletter lines) and takes the agency credit at the end of the article ("Avec
 * AFP") as the credited source. What counts as furniture and how agencies are named is data, in
 * {@code boilerplate.txt} and {@code agencies.tsv} next to this package's resources, read once into
 * an immutable {@link org.vigie.clean.BoilerplateRules}.
 *
 * <p>This package works on paragraphs and characters only: it must not split sentences, tag words
 * or read the actor and event dictionaries (that is {@code nlp} and later stages), and it never
 * rewrites the words of a paragraph it keeps. Bad text never throws; a malformed rule file does, at
 * load time, with {@code file:line: reason}.
 */
package org.vigie.clean;
