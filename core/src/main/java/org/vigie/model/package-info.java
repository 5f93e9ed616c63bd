/**
 * The immutable records that flow between the pipeline stages:
 * {@link org.vigie.model.Article} → {@link org.vigie.model.CleanArticle} →
 * {@link org.vigie.model.AnnotatedDocument} → {@link org.vigie.model.ResolvedDocument} →
 * {@link org.vigie.model.Event}.
 *
 * <p>Records only: no I/O, no dictionaries, no behaviour beyond small derived accessors.
 */
package org.vigie.model;
