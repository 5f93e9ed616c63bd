package org.vigie.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.cli.Main;

/** {@code vigie validate} end to end on the real pipeline: the output contract holds. */
class ValidateCommandIT {

  @Test
  void printsFailuresCategoriesAndLastTheTotals() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "validate",
            Fixtures.path("validation.xml").toString());
    List<String> lines = out.toString().lines().toList();
    String last = lines.get(lines.size() - 1);
    assertEquals("3 passed, 0 failed", last, out.toString());
    assertTrue(lines.contains("not evaluated: 1"), out.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("category ATTACK: ")), out.toString());
    assertTrue(
        err.toString().contains("dictionaries: CAMEO.vigie-test.txt (verbs)"), err.toString());
    assertEquals(Main.OK, code);
  }

  @Test
  void aMissingFileIsAUsageError() {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "validate",
            "no-such.xml");
    assertEquals(Main.USAGE, code);
    assertEquals("vigie: no-such.xml: no such file", err.toString().strip());
  }
}
