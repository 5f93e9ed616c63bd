package org.vigie.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.actors.ActorDictionaries;
import org.vigie.coding.CameoCodes;
import org.vigie.coding.EventPattern;
import org.vigie.coding.PatternDictionary;
import org.vigie.dictionary.DataFile;
import org.vigie.dictionary.DictionaryException;
import org.vigie.nlp.Folding;

/**
 * PETRARCH-2 dictionaries read as they are and carried into Vigie's model: the front door of this
 * package. Bad lines never stop loading; each is in the {@link LoadReport} as {@code file:line:
 * reason}, with what could not be converted.
 *
 * @param actors the actor dictionaries (states, organisations, people, roles from the agents)
 * @param patterns the verb patterns
 * @param discards the discard phrases (no Vigie stage uses them yet)
 * @param issues the issue phrases (no Vigie stage uses them yet)
 * @param report what each file gave
 */
public record PetrarchDictionaries(
    ActorDictionaries actors,
    PatternDictionary patterns,
    List<Discard> discards,
    List<Issue> issues,
    LoadReport report) {

  public PetrarchDictionaries {
    discards = List.copyOf(discards);
    issues = List.copyOf(issues);
  }

  /** The PETRARCH files of {@code dir} alone (see {@link PetrarchFiles#find}). */
  public static PetrarchDictionaries load(Path dir) {
    PetrarchFiles files = PetrarchFiles.find(dir);
    if (files.isEmpty()) {
      throw new DictionaryException(
          dir + ": no PETRARCH verb or actor dictionary (CAMEO.*.txt, *verbs*, *actors*)");
    }
    return load(files);
  }

  /** The given files alone. */
  public static PetrarchDictionaries load(PetrarchFiles files) {
    return load(files, ActorDictionaries.builder(), null, CameoCodes.bundled());
  }

  /**
   * Loads {@code files} on top of other dictionaries.
   *
   * @param actors a builder to add the actors and roles to (fresh, or holding bundled entries)
   * @param base patterns to keep beside the imported ones, or null
   */
  public static PetrarchDictionaries load(
      PetrarchFiles files,
      ActorDictionaries.Builder actors,
      PatternDictionary base,
      CameoCodes codes) {
    List<FileReport> reports = new ArrayList<>();
    Set<String> prepositions = new HashSet<>();
    if (files.prepositions() != null) {
      reports.add(prepositions(files.prepositions(), prepositions));
    } else {
      DataFile.resource("/org/vigie/petrarch/prepositions.txt")
          .forEach(l -> prepositions.add(l.required(0, "word")));
    }
    List<EventPattern> patterns = new ArrayList<>();
    for (Path p : files.verbs()) {
      VerbFile v = VerbDictionaryReader.read(p);
      Conversion c = new Conversion("verbs");
      patterns.addAll(PatternImport.convert(v, codes, prepositions, c));
      reports.add(c.report(v.lines()));
    }
    List<ActorFile> actorFiles = files.actors().stream().map(ActorDictionaryReader::read).toList();
    Map<String, Conversion> conversions = new HashMap<>();
    actorFiles.forEach(f -> conversions.put(f.lines().file(), new Conversion("actors")));
    ActorImport.into(actors, actorFiles, conversions);
    actorFiles.forEach(f -> reports.add(conversions.get(f.lines().file()).report(f.lines())));
    for (Path p : files.agents()) {
      AgentFile a = AgentDictionaryReader.read(p);
      Conversion c = new Conversion("agents");
      AgentImport.into(actors, a, c);
      reports.add(c.report(a.lines()));
    }
    List<Discard> discards = new ArrayList<>();
    for (Path p : files.discards()) {
      DiscardFile d = DiscardListReader.read(p);
      discards.addAll(d.discards());
      Conversion c = new Conversion("discards");
      c.count("discards, unused by Vigie yet", d.discards().size());
      reports.add(c.report(d.lines()));
    }
    List<Issue> issues = new ArrayList<>();
    for (Path p : files.issues()) {
      IssueFile i = IssueListReader.read(p);
      issues.addAll(i.issues());
      Conversion c = new Conversion("issues");
      c.count("issue phrases, unused by Vigie yet", i.issues().size());
      reports.add(c.report(i.lines()));
    }
    return new PetrarchDictionaries(
        actors.build(),
        PatternDictionary.of(base, patterns, Set.of(), Set.of()),
        discards,
        issues,
        new LoadReport(reports));
  }

  /** One preposition a line. */
  private static FileReport prepositions(Path file, Set<String> into) {
    List<SourceLine> lines = PetrarchText.read(file);
    LineAccount.Tally tally = new LineAccount.Tally(file.getFileName().toString(), lines.size());
    Conversion c = new Conversion("prepositions");
    for (SourceLine line : lines) {
      if (line.blank()) {
        tally.ignored();
      } else if (line.content().contains(" ")) {
        tally.skipped(line, "one preposition a line");
      } else {
        into.add(Folding.fold(line.content()));
        tally.parsed();
        c.count("prepositions");
      }
    }
    return c.report(tally.account());
  }
}
