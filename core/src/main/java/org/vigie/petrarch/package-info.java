/**
 * PETRARCH-2 dictionaries and validation files, read as they are and carried into Vigie's model.
 *
 * <p>{@link org.vigie.petrarch.PetrarchDictionaries#load} is the front door: it finds the files of
 * a folder ({@link org.vigie.petrarch.PetrarchFiles}), reads each into records (verb blocks,
 * patterns, synonym sets, actors with dated codes, agents, discards, issues), converts them into
 * {@link org.vigie.actors.ActorDictionaries} and {@link org.vigie.coding.PatternDictionary}, and
 * says in a {@link org.vigie.petrarch.LoadReport} what every line became: parsed, skipped with
 * {@code file:line: reason}, or read but not representable in Vigie. A bad line never stops
 * loading. {@link org.vigie.petrarch.ValidationReader} reads PETRARCH validation files, which are
 * often not well-formed XML, and {@link org.vigie.petrarch.Validation} compares coded events with
 * their expected ones.
 *
 * <p>This package neither parses sentences nor codes events: it feeds the stages that do. It never
 * copies PETRARCH's code, only reads its documented formats.
 */
package org.vigie.petrarch;
