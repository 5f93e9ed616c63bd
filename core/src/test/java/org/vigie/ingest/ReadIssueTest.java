package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadIssueTest {

  @Test
  void messageNamesFileAndLine() {
    assertEquals("a.jsonl:12: not JSON", ReadIssue.error("a.jsonl", 12, "not JSON").message());
    assertEquals("a.txt: empty", ReadIssue.warning("a.txt", 0, "empty").message());
  }

  @Test
  void reasonIsKeptOnOneShortLine() {
    ReadIssue issue =
        ReadIssue.warning("a.jsonl", 1, "unparsable date \"x\n\r\ny\"  \n" + "z".repeat(1000));

    assertTrue(issue.reason().startsWith("unparsable date \"x y\" z"), issue.reason());
    assertTrue(issue.reason().length() <= 300);
  }

  @Test
  void negativeLineIsTheCallersMistake() {
    assertThrows(IllegalArgumentException.class, () -> ReadIssue.error("a", -1, "x"));
  }
}
