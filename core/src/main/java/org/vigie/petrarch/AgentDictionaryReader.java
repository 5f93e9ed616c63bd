package org.vigie.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH agent dictionary: {@code !NAME! = A, B} substitution sets, then lines {@code
 * PHRASE {plurals} [~CODE]}. The closing bracket may be a brace ({@code [~ENV}}), as in the
 * format's own documentation.
 */
final class AgentDictionaryReader {

  private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Z0-9_]+!)\\s*=\\s*(.*)");
  private static final Pattern AGENT =
      Pattern.compile("(.+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[([^\\]}]*)[\\]}]");
  private static final Pattern MARKER = Pattern.compile("![A-Z0-9_]+!");
  private static final Pattern CODE = Pattern.compile("~([A-Z0-9]+)|([A-Z0-9]+)~");

  /** A blank between two words, not next to an underscore: PETRARCH lets other words in there. */
  private static final Pattern GAP = Pattern.compile("[^_\\s]\\s+[^_\\s]");

  private AgentDictionaryReader() {}

  static AgentFile read(Path file) {
    List<SourceLine> lines = PetrarchText.read(file);
    LineAccount.Tally tally = new LineAccount.Tally(file.getFileName().toString(), lines.size());
    Map<String, List<String>> substitutions = new HashMap<>();
    List<Agent> agents = new ArrayList<>();
    for (SourceLine line : lines) {
      if (line.blank()) {
        tally.ignored();
        continue;
      }
      String text = line.content();
      Matcher sub = SUBSTITUTION.matcher(text);
      if (sub.matches()) {
        List<String> items = new ArrayList<>();
        for (String item : sub.group(2).split(",")) {
          if (!item.isBlank()) {
            items.add(item.strip());
          }
        }
        substitutions.put(sub.group(1), items);
        tally.parsed();
        continue;
      }
      try {
        agents.add(agent(line, text, substitutions));
        tally.parsed();
      } catch (IllegalArgumentException e) {
        tally.skipped(line, e.getMessage());
      }
    }
    return new AgentFile(agents, tally.account());
  }

  private static Agent agent(
      SourceLine line, String text, Map<String, List<String>> substitutions) {
    Matcher m = AGENT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          text.contains("[") ? "not PHRASE {plurals} [~CODE]" : "no agent code [~CODE]");
    }
    Matcher code = CODE.matcher(m.group(3).strip());
    if (!code.matches()) {
      throw new IllegalArgumentException(
          "agent code must be ~CODE or CODE~: '" + m.group(3).strip() + "'");
    }
    String raw = m.group(1);
    String phrase = Phrases.words(raw);
    String problem = Phrases.problem(phrase);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    Set<String> forms = new LinkedHashSet<>();
    if (MARKER.matcher(phrase).find()) {
      // every item replaces the marker, with no plural of its own
      forms.addAll(substitute(phrase, substitutions));
    } else {
      forms.add(phrase);
      if (m.group(2) == null) {
        forms.add(EnglishPlurals.of(phrase));
      } else {
        for (String plural : m.group(2).strip().split("\\s+")) {
          if (!plural.isEmpty()) {
            forms.add(Phrases.words(plural));
          }
        }
      }
    }
    boolean prefix = code.group(2) != null;
    return new Agent(
        phrase,
        List.copyOf(forms),
        prefix ? code.group(2) : code.group(1),
        prefix,
        GAP.matcher(raw.replaceAll(MARKER.pattern(), "X")).find(),
        line.origin());
  }

  private static List<String> substitute(String phrase, Map<String, List<String>> substitutions) {
    Matcher marker = MARKER.matcher(phrase);
    if (!marker.find()) {
      return List.of(phrase);
    }
    List<String> items = substitutions.get(marker.group());
    if (items == null) {
      throw new IllegalArgumentException("undefined substitution " + marker.group());
    }
    List<String> out = new ArrayList<>();
    for (String item : items) {
      String once = phrase.substring(0, marker.start()) + item + phrase.substring(marker.end());
      out.addAll(substitute(once, substitutions));
    }
    return out;
  }
}
