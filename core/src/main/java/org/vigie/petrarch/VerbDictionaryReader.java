package org.vigie.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH verb dictionary ({@code CAMEO.2.0.txt}): synonym sets ({@code &LABEL} then
 * {@code +phrase} lines), verb blocks ({@code --- NAME [CODE] ---}, verb lines, {@code -} pattern
 * lines) and transformations ({@code ~} lines). A {@code +} line belongs to the synonym set above
 * it, or in a verb block is a phrasal verb.
 */
final class VerbDictionaryReader {

  private static final Pattern HEADER =
      Pattern.compile("---+\\s*(.*?)\\s*(?:\\[([^\\]]*)\\])?[\\s-]*");
  private static final Pattern VERB =
      Pattern.compile(
          "(\\+?[A-Za-z][A-Za-z0-9_'+\\-]*)\\s*(?:\\{([^}]*)\\})?\\s*(?:\\[([^\\]]*)\\])?");
  private static final Pattern SYNSET = Pattern.compile("&[A-Za-z0-9_]+");

  private final LineAccount.Tally tally;
  private final List<Synset> synsets = new ArrayList<>();
  private final List<VerbBlock> blocks = new ArrayList<>();
  private final List<Transformation> transformations = new ArrayList<>();

  private String synsetName;
  private Origin synsetOrigin;
  private Set<String> synsetPhrases;

  private String blockName;
  private EventCodes blockCodes;
  private Origin blockOrigin;
  private List<Verb> verbs;
  private List<VerbPattern> patterns;
  private boolean blankSincePattern;

  private VerbDictionaryReader(LineAccount.Tally tally) {
    this.tally = tally;
  }

  static VerbFile read(Path file) {
    List<SourceLine> lines = PetrarchText.read(file);
    VerbDictionaryReader r =
        new VerbDictionaryReader(
            new LineAccount.Tally(file.getFileName().toString(), lines.size()));
    lines.forEach(r::line);
    r.closeSynset();
    r.closeBlock();
    return new VerbFile(r.synsets, r.blocks, r.transformations, r.tally.account());
  }

  private void line(SourceLine line) {
    if (line.blank()) {
      tally.ignored();
      blankSincePattern = patterns != null && !patterns.isEmpty();
      return;
    }
    String text = line.content();
    try {
      if (text.startsWith("---")) {
        header(line, text);
      } else if (text.startsWith("-")) {
        pattern(line, text);
      } else if (text.startsWith("&")) {
        synset(line, text);
      } else if (text.startsWith("~")) {
        closeSynset();
        transformations.add(new Transformation(text.substring(1).strip(), line.origin()));
      } else if (text.startsWith("+") && synsetName != null) {
        synsetPhrase(text);
      } else {
        verb(line, text);
      }
      tally.parsed();
    } catch (IllegalArgumentException e) {
      tally.skipped(line, e.getMessage());
    }
  }

  private void header(SourceLine line, String text) {
    Matcher m = HEADER.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a verb block header --- NAME [CODE] ---");
    }
    EventCodes codes = m.group(2) == null ? EventCodes.NONE : EventCodes.parse(m.group(2));
    closeSynset();
    closeBlock();
    blockName = m.group(1);
    blockCodes = codes;
    blockOrigin = line.origin();
    verbs = new ArrayList<>();
    patterns = new ArrayList<>();
    blankSincePattern = false;
  }

  private void pattern(SourceLine line, String text) {
    if (verbs == null) {
      throw new IllegalArgumentException("pattern outside a verb block");
    }
    closeSynset();
    patterns.add(PatternParser.parse(text, line.origin()));
    blankSincePattern = false;
  }

  private void synset(SourceLine line, String text) {
    if (!SYNSET.matcher(text).matches()) {
      throw new IllegalArgumentException("not a synonym set label &NAME: '" + text + "'");
    }
    closeSynset();
    synsetName = text;
    synsetOrigin = line.origin();
    synsetPhrases = new LinkedHashSet<>();
  }

  private void synsetPhrase(String text) {
    String raw = text.substring(1).strip();
    String phrase = Phrases.words(raw);
    if (phrase.isEmpty()) {
      throw new IllegalArgumentException("empty synonym");
    }
    if (phrase.matches(".*[&$+%^*(){}\\[\\]].*")) {
      throw new IllegalArgumentException("a synonym holds only words: '" + raw + "'");
    }
    synsetPhrases.add(phrase);
    if (!raw.endsWith("_") && !synsetName.endsWith("_")) {
      synsetPhrases.add(EnglishPlurals.of(phrase));
    }
  }

  private void verb(SourceLine line, String text) {
    Matcher m = VERB.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a verb, pattern, synonym set or block header");
    }
    closeSynset();
    EventCodes codes = m.group(3) == null ? null : EventCodes.parse(m.group(3));
    List<String> words = new ArrayList<>();
    int verbIndex = 0;
    for (String w : m.group(1).split("_")) {
      if (w.startsWith("+")) {
        verbIndex = words.size();
        w = w.substring(1);
      }
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty() || verbIndex >= words.size()) {
      throw new IllegalArgumentException("no verb in '" + m.group(1) + "'");
    }
    List<String> forms = new ArrayList<>();
    if (m.group(2) != null) {
      for (String f : m.group(2).strip().split("\\s+")) {
        if (!f.isEmpty()) {
          forms.add(Phrases.words(f.replace("+", "")));
        }
      }
    }
    if (verbs == null || blankSincePattern) {
      // a verb after a finished block, or before any header, starts a block of its own
      closeBlock();
      blockName = String.join(" ", words);
      blockCodes = EventCodes.NONE;
      blockOrigin = line.origin();
      verbs = new ArrayList<>();
      patterns = new ArrayList<>();
      blankSincePattern = false;
    }
    verbs.add(new Verb(words, verbIndex, forms, codes, line.origin()));
  }

  private void closeSynset() {
    if (synsetName != null) {
      synsets.add(new Synset(synsetName, List.copyOf(synsetPhrases), synsetOrigin));
    }
    synsetName = null;
  }

  private void closeBlock() {
    if (verbs != null) {
      blocks.add(new VerbBlock(blockName, blockCodes, verbs, patterns, blockOrigin));
    }
    verbs = null;
    patterns = null;
  }
}
