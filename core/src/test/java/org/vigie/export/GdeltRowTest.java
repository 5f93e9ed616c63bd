package org.vigie.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.actors.ActorDictionaries;
import org.vigie.actors.Country;
import org.vigie.store.EventAggregates;
import org.vigie.testing.Fixtures;

/** GDELT rows checked column by column against the column list of ../shared, read here. */
class GdeltRowTest {

  private static List<String> columns;
  private static GdeltRow gdelt;
  private static Country syria;

  @BeforeAll
  static void readTheColumnList() throws Exception {
    columns = new ArrayList<>();
    List<String> lines = Files.readAllLines(Fixtures.shared("reference/cameo/gdelt/gdelt2-events-columns.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      assertEquals(columns.size(), Integer.parseInt(f[0]), line);
      columns.add(f[1]);
    }
    ActorDictionaries dictionaries = ActorDictionaries.bundled("fr");
    gdelt = new GdeltRow(dictionaries);
    syria = dictionaries.country("SYR").orElseThrow();
  }

  private static EventAggregates.Row row(String location, Double lat, Double lon, String url) {
    return new EventAggregates.Row(LocalDate.of(2015, 10, 7), "RUSMIL", "IMGMUSISI", "195",
        "2015-10-07|RUSMIL|IMGMUSISI|195", 123456789L, "19", 4, -10.0, 30, 30, 28, 1, true,
        "Russie", "RUS", "État islamique", null, location, "SYR", lat, lon, url,
        LocalDateTime.of(2026, 11, 25, 15, 4, 5), LocalDateTime.of(2026, 11, 25, 16, 0, 0));
  }

  private static Map<String, String> byName(List<String> fields) {
    assertEquals(61, columns.size());
    assertEquals(columns.size(), fields.size());
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      out.put(columns.get(i), fields.get(i));
    }
    return out;
  }

  @Test
  void theColumnsAreGdeltsInOrder() {
    assertEquals(columns, GdeltRow.COLUMNS);
  }

  @Test
  void anEventInACityFillsItsColumns() {
    Map<String, String> f = byName(gdelt.fields(row("Palmyre", 34.56, 38.27, "https://www.site1.example/a.html")));
    assertEquals("123456789", f.get("GlobalEventID"));
    assertEquals("20151007", f.get("Day"));
    assertEquals("201510", f.get("MonthYear"));
    assertEquals("2015", f.get("Year"));
    assertEquals("2015.8411", f.get("FractionDate"), "(10 * 30 + 7) / 365");
    assertEquals("RUSMIL", f.get("Actor1Code"));
    assertEquals("RUSSIE", f.get("Actor1Name"));
    assertEquals("RUS", f.get("Actor1CountryCode"));
    assertEquals("MIL", f.get("Actor1Type1Code"));
    assertEquals("", f.get("Actor1KnownGroupCode"));
    assertEquals("IMGMUSISI", f.get("Actor2Code"));
    assertEquals("", f.get("Actor2CountryCode"));
    assertEquals("ISI", f.get("Actor2KnownGroupCode"));
    assertEquals("MUS", f.get("Actor2Religion1Code"));
    assertEquals("IMG", f.get("Actor2Type1Code"));
    assertEquals("1", f.get("IsRootEvent"));
    assertEquals("195", f.get("EventCode"));
    assertEquals("195", f.get("EventBaseCode"));
    assertEquals("19", f.get("EventRootCode"));
    assertEquals("4", f.get("QuadClass"));
    assertEquals("-10.0", f.get("GoldsteinScale"));
    assertEquals("30", f.get("NumMentions"));
    assertEquals("28", f.get("NumSources"));
    assertEquals("30", f.get("NumArticles"));
    assertEquals("", f.get("AvgTone"));
    assertEquals("", f.get("Actor1Geo_Type"));
    assertEquals("4", f.get("ActionGeo_Type"));
    assertEquals("Palmyre, Syria", f.get("ActionGeo_FullName"));
    assertEquals("SY", f.get("ActionGeo_CountryCode"), "FIPS, not ISO");
    assertEquals("34.56", f.get("ActionGeo_Lat"));
    assertEquals("38.27", f.get("ActionGeo_Long"));
    assertEquals("", f.get("ActionGeo_FeatureID"));
    assertEquals("20261125150405", f.get("DATEADDED"));
    assertEquals("https://www.site1.example/a.html", f.get("SOURCEURL"));
  }

  @Test
  void anEventPlacedInACountryIsType1() {
    Map<String, String> f = byName(gdelt.fields(row("Syrie", syria.lat(), syria.lon(), null)));
    assertEquals("1", f.get("ActionGeo_Type"));
    assertEquals("Syrie", f.get("ActionGeo_FullName"));
    assertEquals("SY", f.get("ActionGeo_ADM1Code"));
    assertEquals("SY", f.get("ActionGeo_FeatureID"));
    assertEquals("", f.get("SOURCEURL"));
  }

  @Test
  void aLineHasSixtyOneTabSeparatedFieldsAndNoStrayBreaks() {
    EventAggregates.Row r = row("Palmyre\tville", 34.56, 38.27, "https://x.example/a\nb");
    String line = gdelt.line(r);
    assertTrue(line.endsWith("\n"));
    assertEquals(61, line.substring(0, line.length() - 1).split("\t", -1).length);
    assertEquals(1, line.chars().filter(c -> c == '\n').count());
  }
}
