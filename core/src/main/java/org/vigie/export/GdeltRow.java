package org.vigie.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigie.actors.ActorDictionaries;
import org.vigie.actors.Country;
import org.vigie.store.EventAggregates;

/**
 * One aggregated event as a row of the GDELT 2.0 events table: the {@value #COLUMN_COUNT} columns
 * of {@link #COLUMNS}, in order. What Vigie does not know stays empty: AvgTone (no tone analysis),
 * EthnicCode, the Actor1Geo and Actor2Geo blocks (Vigie locates events, not actors), and ADM2 codes.
 * See README "Exports" for each column.
 */
public final class GdeltRow {

  /** The column names of GDELT 2.0 events, in file order (the raw files have no header). */
  public static final List<String> COLUMNS = List.of(
      "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  public static final int COLUMN_COUNT = 61;

  /** GDELT geographic types used here: a country, or a place within one. */
  static final String COUNTRY = "1";
  static final String WORLD_CITY = "4";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final ActorDictionaries countries;

  /** @param countries where a country's representative point is found (for ActionGeo_Type) */
  public GdeltRow(ActorDictionaries countries) {
    this.countries = countries;
  }

  /** With the countries of Vigie's French dictionary (their points are the same in English). */
  public static GdeltRow bundled() {
    return new GdeltRow(ActorDictionaries.bundled("fr"));
  }

  /** The {@value #COLUMN_COUNT} fields of {@code row}. */
  public List<String> fields(EventAggregates.Row row) {
    List<String> f = new ArrayList<>(COLUMN_COUNT);
    f.add(Long.toString(row.id()));
    date(f, row.day());
    actor(f, row.sourceCode(), row.sourceName());
    actor(f, row.targetCode(), row.targetName());
    f.add(row.isRoot() ? "1" : "0");
    f.add(row.code());
    f.add(row.code().length() > 3 ? row.code().substring(0, 3) : row.code());
    f.add(row.root());
    f.add(Integer.toString(row.quadClass()));
    f.add(Double.toString(row.goldstein()));
    f.add(Long.toString(row.numMentions()));
    f.add(Long.toString(row.numSources()));
    f.add(Long.toString(row.numArticles()));
    f.add("");
    for (int i = 0; i < 16; i++) {
      f.add("");
    }
    actionGeo(f, row);
    f.add(row.firstSeen() == null ? "" : row.firstSeen().format(ADDED));
    f.add(row.firstUrl() == null ? "" : row.firstUrl());
    return f.stream().map(GdeltRow::oneLine).toList();
  }

  /** The row as a line of a GDELT file: fields joined by TABs, ended by a line feed. */
  public String line(EventAggregates.Row row) {
    return String.join("\t", fields(row)) + "\n";
  }

  /** Day (YYYYMMDD), MonthYear, Year and FractionDate, GDELT's year + (month * 30 + day) / 365. */
  private static void date(List<String> f, LocalDate day) {
    if (day == null) {
      f.addAll(List.of("", "", "", ""));
      return;
    }
    f.add(day.format(DAY));
    f.add(day.format(DAY).substring(0, 6));
    f.add(Integer.toString(day.getYear()));
    double fraction = day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0;
    f.add(String.format(Locale.ROOT, "%.4f", fraction));
  }

  private static void actor(List<String> f, String code, String name) {
    boolean known = code != null && !code.isBlank() && !code.matches("-+");
    ActorCodeParts p = ActorCodeParts.of(known ? code : null);
    f.add(known ? code : "");
    f.add(known && name != null ? name.toUpperCase(Locale.ROOT) : "");
    f.addAll(List.of(p.country(), p.knownGroup(), p.ethnic(), p.religion1(), p.religion2(),
        p.type1(), p.type2(), p.type3()));
  }

  /**
   * ActionGeo from the event's location: type 1 when it is a country (its point is the country's
   * point in Vigie's dictionary), else 4; the FIPS country code; for a country, ADM1Code and
   * FeatureID are that code, as in GDELT.
   */
  private void actionGeo(List<String> f, EventAggregates.Row row) {
    if (row.locationName() == null) {
      f.addAll(List.of("", "", "", "", "", "", "", ""));
      return;
    }
    String fips = FipsCountries.fips(row.locationCountry());
    boolean country = isCountry(row);
    String countryName = FipsCountries.name(row.locationCountry());
    f.add(country ? COUNTRY : WORLD_CITY);
    f.add(country || countryName.isEmpty() ? row.locationName() : row.locationName() + ", " + countryName);
    f.add(fips);
    f.add(country ? fips : "");
    f.add("");
    f.add(row.lat() == null ? "" : row.lat().toString());
    f.add(row.lon() == null ? "" : row.lon().toString());
    f.add(country ? fips : "");
  }

  private boolean isCountry(EventAggregates.Row row) {
    Optional<Country> c = row.locationCountry() == null ? Optional.empty() : countries.country(row.locationCountry());
    return c.isPresent() && row.lat() != null && row.lon() != null
        && Math.abs(c.get().lat() - row.lat()) < 1e-6 && Math.abs(c.get().lon() - row.lon()) < 1e-6;
  }

  private static String oneLine(String value) {
    return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
