package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.pipeline.DocumentResult;
import org.vigie.testing.Fixtures;

class EventFilterTest {

  @TempDir Path dir;

  @Test
  void badValuesNameTheirParameter() {
    assertEquals("from", assertThrows(EventFilter.BadParameter.class,
        () -> EventFilter.parse("2015-13-01", null, null, null, null, null, null, null, null, null)).parameter());
    assertEquals("actor", assertThrows(EventFilter.BadParameter.class,
        () -> EventFilter.parse(null, null, null, null, "RUS' OR 1=1 --", null, null, null, null, null)).parameter());
    assertEquals("quad", assertThrows(EventFilter.BadParameter.class,
        () -> EventFilter.parse(null, null, null, null, null, null, null, null, "5", null)).parameter());
    assertEquals("to", assertThrows(EventFilter.BadParameter.class,
        () -> EventFilter.parse("2015-10-02", "2015-10-01", null, null, null, null, null, null, null, null))
        .parameter());
  }

  @Test
  void selectsEventsInTheStore() throws Exception {
    DocumentResult result = Fixtures.process(
        "Mercredi, l'armée russe a bombardé l'Etat islamique en Syrie. La Turquie a accusé la Syrie.", "2015-10-01");
    try (Store store = Store.open(dir.resolve("v.duckdb"))) {
      new DocumentWriter(store).write(result);
      assertEquals(List.of("RUSMIL"), sources(store, EventFilter.parse(
          "2015-09-30", "2015-09-30", null, null, "rus", null, "19", null, "4", "fr")));
      assertEquals(List.of("TUR"), sources(store, EventFilter.parse(
          null, null, "TUR", "SYR", null, null, null, "11", null, null)));
      assertEquals(List.of(), sources(store, EventFilter.parse(
          null, null, null, null, null, "USA", null, null, null, null)));
      assertEquals(2, sources(store, EventFilter.ALL).size());
    }
  }

  private static List<String> sources(Store store, EventFilter f) throws Exception {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s = store.connection().prepareStatement(
        "SELECT e.source_code FROM events e WHERE " + f.where() + " ORDER BY e.source_code")) {
      f.bind(s, 1);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }
}
