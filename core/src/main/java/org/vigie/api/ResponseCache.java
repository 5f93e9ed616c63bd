package org.vigie.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The JSON answers already computed, by request (path and query string), least recently used
 * dropped first once their total size passes a bound. Sound because the server opens the store
 * read-only: the same request gets the same answer for as long as the server runs. Only
 * successful answers are kept, so a hit is always a request that passed validation. Identical
 * requests arriving while the first is being computed wait for it rather than each running the
 * same query (a burst on a new view would otherwise queue them all on the store).
 */
final class ResponseCache {

  private final long maxChars;
  private final LinkedHashMap<String, String> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long chars;

  /** @param maxChars bound on the characters held; 0 keeps nothing */
  ResponseCache(long maxChars) {
    this.maxChars = maxChars;
  }

  private final Map<String, CompletableFuture<String>> inFlight = new ConcurrentHashMap<>();

  /** The cached answer to {@code request}, else the one {@code compute} makes (computed once at a time). */
  String answer(String request, Supplier<String> compute) {
    if (maxChars == 0) {
      return compute.get();
    }
    String cached = get(request);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<String> mine = new CompletableFuture<>();
    CompletableFuture<String> running = inFlight.putIfAbsent(request, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      String json = compute.get();
      put(request, json);
      mine.complete(json);
      return json;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(request);
    }
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
