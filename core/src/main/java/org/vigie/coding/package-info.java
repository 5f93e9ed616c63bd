/**
 * Event coding: matches the verb and noun patterns of the dictionaries on the lemmas and the
 * dependency tree of each parsed sentence, and turns each match into CAMEO events between the
 * resolved actors, with Goldstein score, quad class, date, location and evidence.
 *
 * <p>Patterns are data ({@link org.vigie.coding.PatternDictionary}); {@link
 * org.vigie.coding.ClauseReader} finds the subject, objects and markers of a verb; {@link
 * org.vigie.coding.DependencyEventCoder} assembles events. This package neither parses nor
 * resolves actors.
 */
package org.vigie.coding;
