/**
 * Reading Vigie's data files: comment and column handling shared by every dictionary, and the
 * {@code file:line: reason} error that a malformed line raises.
 *
 * <p>Knows nothing of what the columns mean; each stage's dictionary classes do.
 */
package org.vigie.dictionary;
