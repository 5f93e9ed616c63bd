package org.vigie.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateWordsTest {

  private static DateWords read(String content) {
    return DateWords.read("xx", "test.tsv", new StringReader(content));
  }

  private static void assertBadLine(String content, String message) {
    DateWordsException e = assertThrows(DateWordsException.class, () -> read(content));
    assertEquals(message, e.getMessage());
  }

  @Test
  void bundledListsLoad() {
    assertEquals("fr", DateWords.bundled("fr").lang());
    assertEquals("en", DateWords.bundled("en").lang());
  }

  @Test
  void missingListIsReported() {
    DateWordsException e = assertThrows(DateWordsException.class, () -> DateWords.bundled("zz"));
    assertEquals("/org/vigie/enrich/dates-zz.tsv: not found on the class path", e.getMessage());
  }

  @Test
  void badValueIsReportedWithFileAndLine() {
    assertBadLine(
        "# comment\n\nweekday\t8\tfunday\n", "test.tsv:3: weekday value must be 1..7, got '8'");
  }

  @Test
  void unknownKindIsReported() {
    assertBadLine("colour\t-\tred\n", "test.tsv:1: unknown kind 'colour'");
  }

  @Test
  void missingColumnIsReported() {
    assertBadLine(
        "weekday\t1\n", "test.tsv:1: expected 3 TAB-separated columns (kind, value, forms), got 2");
  }

  @Test
  void lineWithoutFormsIsReported() {
    assertBadLine("weekday\t1\t | \n", "test.tsv:1: no forms");
  }

  @Test
  void formListedTwiceInOneKindIsReported() {
    assertBadLine(
        "month\t8\taoût\nmonth\t8\taout\n", "test.tsv:2: 'aout' is already a month at line 1");
  }

  @Test
  void valueOutsideTheKindsChoicesIsReported() {
    assertBadLine(
        "unit\tfortnight\tquinzaine\n",
        "test.tsv:1: unit value must be one of day | month | week | year, got 'fortnight'");
  }

  @Test
  void badSettingIsReported() {
    assertBadLine(
        "setting\tnumeric-order\tymd\n", "test.tsv:1: numeric-order must be dmy or mdy, got 'ymd'");
    assertBadLine("setting\tcolour\tblue\n", "test.tsv:1: unknown setting 'colour'");
  }

  @Test
  void daySuffixIsOneWordOfLetters() {
    assertBadLine(
        "day-suffix\t-\tth st\n", "test.tsv:1: a day suffix is one word of letters, got 'th st'");
  }

  @Test
  void listOnDiskReportsItsPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dates-fr.tsv");
    Files.writeString(file, "month\t13\tundecimber\n");
    DateWordsException e = assertThrows(DateWordsException.class, () -> DateWords.file("fr", file));
    assertEquals(file + ":1: month value must be 1..12, got '13'", e.getMessage());
  }

  @Test
  void aListOfOwnMakesANewLanguageWithoutRecompiling() {
    DateWords esperanto = read("weekday\t3\tmerkredo\nlast\tbefore\tpasinta\n");
    DateResolver resolver = new DateResolver(List.of(esperanto));
    var found = resolver.find("pasinta merkredo", 0, 0, LocalDate.parse("2015-10-01"), "xx");
    assertEquals("2015-09-30", found.get(0).value());
  }
}
