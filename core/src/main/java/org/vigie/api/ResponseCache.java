package org.vigie.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON answers already computed, by request (path and query string), least recently used
 * dropped first once their total size passes a bound. Sound because the server opens the store
 * read-only: the same request gets the same answer for as long as the server runs. Only
 * successful answers are kept, so a hit is always a request that passed validation.
 */
final class ResponseCache {

  private final long maxChars;
  private final LinkedHashMap<String, String> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long chars;

  /** @param maxChars bound on the characters held; 0 keeps nothing */
  ResponseCache(long maxChars) {
    this.maxChars = maxChars;
  }

  synchronized String get(String request) {
    return maxChars == 0 ? null : entries.get(request);
  }

  synchronized void put(String request, String json) {
    if (json.length() > maxChars / 8) {
      return; // one huge answer would push out everything else
    }
    String old = entries.put(request, json);
    chars += json.length() - (old == null ? 0 : old.length());
    Iterator<Map.Entry<String, String>> oldest = entries.entrySet().iterator();
    while (chars > maxChars && oldest.hasNext()) {
      chars -= oldest.next().getValue().length();
      oldest.remove();
    }
  }
}
