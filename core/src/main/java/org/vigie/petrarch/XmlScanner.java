package org.vigie.petrarch;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forgiving tag scanner for almost-XML text: finds tags, comments and raw element content one
 * after another, without ever building a tree or refusing the input. Comments end at the first
 * {@code -->}; a {@code <} that starts no tag is text.
 */
final class XmlScanner {

  /** A tag: its lower-case name, whether closing ({@code </x>}) or self-closed ({@code <x/>}). */
  record Tag(
      String name,
      boolean closing,
      boolean selfClosed,
      Map<String, String> attributes,
      int start,
      int end) {}

  private static final Pattern NAME = Pattern.compile("</?([A-Za-z][\\w:.\\-]*)");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([\\w:.\\-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+)");

  private final String text;
  /** The text in lower case, for finding closing tags whatever their case. */
  private final String lower;
  private final int[] lineStarts;
  private int at;

  XmlScanner(String text) {
    this.text = text;
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]); // char by char: offsets stay those of text
    }
    this.lower = new String(chars);
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** The line (from 1) of an offset. */
  int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /**
   * The next tag, comments skipped; null at the end. An unclosed comment or tag ends the scan;
   * {@code problem} receives the offset and the reason.
   */
  Tag next(java.util.function.ObjIntConsumer<String> problem) {
    while (true) {
      int lt = text.indexOf('<', at);
      if (lt < 0) {
        at = text.length();
        return null;
      }
      if (text.startsWith("<!--", lt)) {
        int end = text.indexOf("-->", lt + 4);
        if (end < 0) {
          problem.accept("comment never closed with -->", lt);
          at = text.length();
          return null;
        }
        at = end + 3;
        continue;
      }
      if (text.startsWith("<?", lt) || text.startsWith("<!", lt)) {
        int end = text.indexOf('>', lt);
        at = end < 0 ? text.length() : end + 1;
        continue;
      }
      Matcher name = NAME.matcher(text).region(lt, text.length());
      if (!name.lookingAt()) {
        at = lt + 1; // a '<' in text
        continue;
      }
      int gt = closingBracket(name.end());
      if (gt < 0) {
        problem.accept("tag <" + name.group(1) + " never closed with >", lt);
        at = text.length();
        return null;
      }
      String inside = text.substring(name.end(), gt);
      boolean selfClosed = inside.stripTrailing().endsWith("/");
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher a = ATTRIBUTE.matcher(inside);
      while (a.find()) {
        String v = a.group(2);
        if (v.startsWith("\"") || v.startsWith("'")) {
          v = v.substring(1, v.length() - 1);
        }
        attributes.put(a.group(1).toLowerCase(Locale.ROOT), entities(v));
      }
      at = gt + 1;
      return new Tag(
          name.group(1).toLowerCase(Locale.ROOT),
          text.charAt(lt + 1) == '/',
          selfClosed,
          attributes,
          lt,
          gt + 1);
    }
  }

  /** The '>' that ends a tag started before {@code from}, quotes respected; -1 if none. */
  private int closingBracket(int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<' || c == '\n' && text.startsWith("<", i + 1)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The raw text from here up to the closing tag {@code </name>} (any case), which is passed;
   * when there is none before the next tag named in {@code stops}, the text up to that tag (not
   * passed) or the end, with {@link Content#closed} false.
   */
  Content rawUntilClose(String name, String... stops) {
    int close = lower.indexOf("</" + name, at);
    int stop = text.length();
    for (String s : stops) {
      int i = lower.indexOf("<" + s, at);
      if (i >= 0 && i < stop) {
        stop = i;
      }
    }
    if (close >= 0 && close <= stop) {
      String raw = text.substring(at, close);
      int gt = text.indexOf('>', close);
      at = gt < 0 ? text.length() : gt + 1;
      return new Content(entities(raw), true);
    }
    String raw = text.substring(at, stop);
    at = stop;
    return new Content(entities(raw), false);
  }

  /** Raw element content, and whether its closing tag was found. */
  record Content(String text, boolean closed) {}

  static String entities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
