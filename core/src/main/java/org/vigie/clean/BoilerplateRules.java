package org.vigie.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the clean stage treats as page furniture and how it names credited agencies: the rules of
 * {@code boilerplate.txt} and the table of {@code agencies.tsv} (formats documented at the top of
 * each file). Immutable and thread-safe; load once and share.
 */
public final class BoilerplateRules {

  private static final Logger LOG = LoggerFactory.getLogger(BoilerplateRules.class);

  /** The bundled rules, on the class path. */
  public static final String RULES_RESOURCE = "/org/vigie/clean/boilerplate.txt";

  /** The bundled agency table, on the class path. */
  public static final String AGENCIES_RESOURCE = "/org/vigie/clean/agencies.tsv";

  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** Arrows and bullets put before teasers ("» Lire aussi", "> VIDEO"), skipped when matching. */
  private static final Pattern LEAD = Pattern.compile("^[>»→•·*▶►▸|\\-–—\\s]+");

  private final List<BoilerplateRule> furniture;
  private final List<BoilerplateRule> credits;
  private final AgencyNames agencies;
  private final Limits limits;

  /** A paragraph longer than either limit is never furniture nor a credit. */
  private record Limits(int words, int chars) {}

  private BoilerplateRules(
      List<BoilerplateRule> furniture,
      List<BoilerplateRule> credits,
      AgencyNames agencies,
      Limits limits) {
    this.furniture = List.copyOf(furniture);
    this.credits = List.copyOf(credits);
    this.agencies = agencies;
    this.limits = limits;
  }

  /** The bundled rules and agency table. Reads the files on each call: keep the result. */
  public static BoilerplateRules defaults() {
    return parse(RuleFile.resource(RULES_RESOURCE), RuleFile.resource(AGENCIES_RESOURCE));
  }

  /**
   * Rules and agency table from files on disk, in the bundled files' formats.
   *
   * @throws CleanRulesException with {@code file:line: reason} if a line is malformed
   */
  public static BoilerplateRules load(Path rules, Path agencies) {
    return parse(RuleFile.file(rules), RuleFile.file(agencies));
  }

  static BoilerplateRules parse(List<RuleLine> ruleLines, List<RuleLine> agencyLines) {
    AgencyNames agencies = AgencyNames.parse(agencyLines);
    List<BoilerplateRule> furniture = new ArrayList<>();
    List<BoilerplateRule> credits = new ArrayList<>();
    int maxWords = 25;
    int maxChars = 400;
    for (RuleLine line : ruleLines) {
      line.atMost(2);
      String kind = line.required(0, "kind");
      switch (kind) {
        case "start" -> furniture.add(rule(line, BoilerplateRule.Kind.START));
        case "line" -> furniture.add(rule(line, BoilerplateRule.Kind.LINE));
        case "credit" -> credits.add(creditRule(line));
        case "max-words" -> maxWords = positive(line);
        case "max-chars" -> maxChars = positive(line);
        default ->
            throw line.error(
                "unknown kind \"%s\" (expected start, line, credit, max-words, max-chars)"
                    .formatted(kind));
      }
    }
    BoilerplateRules rules =
        new BoilerplateRules(furniture, credits, agencies, new Limits(maxWords, maxChars));
    LOG.debug(
        "{} furniture rules, {} credit rules, {} agencies",
        furniture.size(),
        credits.size(),
        agencies.size());
    return rules;
  }

  private static BoilerplateRule rule(RuleLine line, BoilerplateRule.Kind kind) {
    return new BoilerplateRule(kind, compile(line), line.file() + ":" + line.number());
  }

  private static BoilerplateRule creditRule(RuleLine line) {
    Pattern pattern = compile(line);
    boolean any = hasGroup(pattern, BoilerplateRule.AGENCY_GROUP);
    boolean known = hasGroup(pattern, BoilerplateRule.KNOWN_GROUP);
    if (any == known) {
      throw line.error("a credit pattern needs exactly one group named \"agency\" or \"known\"");
    }
    BoilerplateRule.Kind kind =
        any ? BoilerplateRule.Kind.CREDIT : BoilerplateRule.Kind.KNOWN_CREDIT;
    return new BoilerplateRule(kind, pattern, line.file() + ":" + line.number());
  }

  private static Pattern compile(RuleLine line) {
    String regex = line.required(1, "pattern");
    try {
      return Pattern.compile(regex, FLAGS);
    } catch (PatternSyntaxException e) {
      throw line.error("bad pattern: " + e.getDescription() + " near index " + e.getIndex());
    }
  }

  private static boolean hasGroup(Pattern pattern, String group) {
    // Pattern.namedGroups() is public only from Java 20.
    return pattern.pattern().contains("(?<" + group + ">");
  }

  private static int positive(RuleLine line) {
    String value = line.required(1, "number");
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw line.error("expected a positive whole number, found \"" + value + "\"");
  }

  /** Whether {@code paragraph} (normalised and trimmed) is page furniture. */
  boolean isFurniture(String paragraph) {
    if (!isShort(paragraph)) {
      return false;
    }
    String body = withoutLead(paragraph);
    for (BoilerplateRule rule : furniture) {
      if (rule.isFurniture(body)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The credited source when {@code paragraph} is a credit line ("Avec AFP"), under the agency's
   * usual name. Says nothing about where the paragraph stands; the caller checks it is trailing.
   */
  Optional<String> credit(String paragraph) {
    if (!isShort(paragraph)) {
      return Optional.empty();
    }
    String body = withoutLead(paragraph);
    for (BoilerplateRule rule : credits) {
      Optional<String> written = rule.creditedText(body);
      if (written.isPresent()) {
        boolean knownOnly = rule.kind() == BoilerplateRule.Kind.KNOWN_CREDIT;
        Optional<String> source = agencies.credit(written.get(), knownOnly);
        if (source.isPresent()) {
          return source;
        }
      }
    }
    return Optional.empty();
  }

  private boolean isShort(String paragraph) {
    return paragraph.length() <= limits.chars()
        && words(paragraph, limits.words()) <= limits.words();
  }

  /** Words in {@code text}, counting no further than {@code limit + 1}. */
  private static int words(String text, int limit) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && count <= limit; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  private static String withoutLead(String paragraph) {
    return LEAD.matcher(paragraph).replaceFirst("");
  }
}
