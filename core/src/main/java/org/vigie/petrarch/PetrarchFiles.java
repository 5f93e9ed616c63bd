package org.vigie.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.vigie.dictionary.DictionaryException;

/**
 * The PETRARCH dictionary files of a set, by kind. {@link #find} recognises them in a folder by
 * their names, as the Phoenix set and PETRARCH's validation suites name them: a verb dictionary is
 * {@code CAMEO.*.txt} or has {@code verb} in its name (not Vigie's own {@code verbs.txt}), and the
 * others have {@code actor}, {@code agent}, {@code discard}, {@code issue} or {@code preposition}
 * in theirs. Vigie's {@code .tsv} files are never taken.
 *
 * @param prepositions the preposition list, or null
 */
public record PetrarchFiles(
    List<Path> verbs,
    List<Path> actors,
    List<Path> agents,
    List<Path> discards,
    List<Path> issues,
    Path prepositions) {

  public PetrarchFiles {
    verbs = List.copyOf(verbs);
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    discards = List.copyOf(discards);
    issues = List.copyOf(issues);
  }

  /** The PETRARCH files directly in {@code dir}, each kind in name order. */
  public static PetrarchFiles find(Path dir) {
    List<Path> verbs = new ArrayList<>();
    List<Path> actors = new ArrayList<>();
    List<Path> agents = new ArrayList<>();
    List<Path> discards = new ArrayList<>();
    List<Path> issues = new ArrayList<>();
    Path prepositions = null;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")
            || n.endsWith(".tsv")
            || n.equals("verbs.txt")
            || n.equals("nouns.txt")) {
          continue;
        }
        if (n.contains("preposition")) {
          prepositions = prepositions == null ? f : prepositions;
        } else if (n.contains("discard")) {
          discards.add(f);
        } else if (n.contains("issue")) {
          issues.add(f);
        } else if (n.contains("agent")) {
          agents.add(f);
        } else if (n.contains("actor")) {
          actors.add(f);
        } else if (n.contains("verb") || (n.startsWith("cameo.") && n.endsWith(".txt"))) {
          verbs.add(f);
        }
      }
    } catch (IOException e) {
      throw new DictionaryException(dir + ": cannot list: " + e.getMessage(), e);
    }
    return new PetrarchFiles(verbs, actors, agents, discards, issues, prepositions);
  }

  /** Whether {@code dir} holds a PETRARCH verb or actor dictionary. */
  public static boolean isPetrarchFolder(Path dir) {
    return Files.isDirectory(dir) && !find(dir).isEmpty();
  }

  /** Whether there is neither a verb nor an actor dictionary. */
  public boolean isEmpty() {
    return verbs.isEmpty() && actors.isEmpty();
  }
}
