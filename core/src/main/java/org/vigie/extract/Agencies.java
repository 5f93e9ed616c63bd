package org.vigie.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.vigie.dictionary.DictionaryException;

/**
 * News agency names ({@code agencies.txt}): a byline that is only an agency is a credit, not an
 * author. Immutable and thread-safe.
 */
final class Agencies {

  static final String RESOURCE = "/org/vigie/extract/agencies.txt";

  private final Set<String> names;

  private Agencies(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  static Agencies bundled() {
    InputStream in = Agencies.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new DictionaryException(RESOURCE + ": not found on the class path");
    }
    Set<String> names = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String name = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!name.isEmpty()) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Agencies(names);
  }

  /** The byline, or null when it names only an agency (or nothing). */
  String personal(String byline) {
    if (byline == null) {
      return null;
    }
    String key = byline.strip().toLowerCase(Locale.ROOT).replaceAll("^(?:par|by)\\s+", "").replaceAll("[.\\s]+$", "");
    return names.contains(key) ? null : byline;
  }
}
