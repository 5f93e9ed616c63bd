package org.vigie.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {

  @Test
  void keepsAnswersUntilTheBoundThenDropsTheLeastRecentlyUsed() {
    ResponseCache cache = new ResponseCache(80);
    cache.put("/a", "1234567890");
    cache.put("/b", "1234567890");
    assertEquals("1234567890", cache.get("/a")); // /a used last: /b goes first
    for (int i = 0; i < 7; i++) {
      cache.put("/x" + i, "1234567890");
    }
    assertNull(cache.get("/b"));
    assertEquals("1234567890", cache.get("/x6"));
  }

  @Test
  void keepsNothingWhenOffOrTooBig() {
    ResponseCache off = new ResponseCache(0);
    off.put("/a", "x");
    assertNull(off.get("/a"));
    ResponseCache small = new ResponseCache(80);
    small.put("/big", "x".repeat(11));
    assertNull(small.get("/big"), "an answer over an eighth of the cache is not kept");
  }
}
