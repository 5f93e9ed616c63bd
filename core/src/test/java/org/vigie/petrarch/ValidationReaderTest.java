package org.vigie.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationReaderTest {

  @Test
  void readsAWellFormedFile() {
    ValidationFile f = ValidationReader.read(Fixtures.path("validation.xml"));
    assertEquals(List.of(), f.problems());
    assertEquals(
        List.of("MEET-01", "ATTACK-01", "ATTACK-02", "SPORT-01"),
        f.sentences().stream().map(ValidationSentence::id).toList());
    ValidationSentence meet = f.sentences().get(0);
    assertEquals("MEET", meet.category());
    assertEquals(LocalDate.of(2015, 10, 1), meet.date());
    assertEquals(Set.of(new CodedEvent("USAGOV", "RUSGOV", "040")), meet.expected());
    assertEquals("John Kerry met with Sergey Lavrov in New York on Wednesday.", meet.text());
    assertEquals(Set.of(), f.sentences().get(2).expected());
    assertFalse(f.selects(f.sentences().get(3))); // evaluate="false", and SPORT is not included
    assertEquals(List.of("valid", "MEET", "ATTACK"), f.include());
    assertEquals("CAMEO.vigie-test.txt", f.dictionaries().verbs().get(0).getFileName().toString());
    assertEquals(1, f.dictionaries().actors().size());
  }

  @Test
  void readsAMalformedFileAndSaysWhatItCouldNotRead() {
    ValidationFile f = ValidationReader.read(Fixtures.path("malformed.xml"));
    List<String> problems = f.problems().stream().map(LineIssue::toString).toList();
    assertEquals(
        List.of(
            "malformed.xml:8: <EventCoding> outside a <Sentence>",
            "malformed.xml:20: sentence BADDATE-01: not a date (YYMMDD or YYYYMMDD): '2015-13-45';"
                + " coded without a date",
            "malformed.xml:26: <EventCoding> needs sourcecode, targetcode and eventcode (or"
                + " noevents=\"True\")",
            "malformed.xml:27: <text> not closed; its content taken up to the next tag",
            "malformed.xml:25: sentence without id; called malformed.xml:25",
            "malformed.xml:28: sentence NOTEXT-01 has no <Text>; skipped",
            "malformed.xml:38: comment never closed with -->"),
        problems.subList(0, problems.size() - 1));
    assertTrue(
        problems
            .get(problems.size() - 1)
            .startsWith("malformed.xml:6: dictionary dicts/missing.actors.txt not found in "),
        problems.toString());

    assertEquals(
        List.of("SELF-01", "BADDATE-01", "malformed.xml:25", "LAST-01"),
        f.sentences().stream().map(ValidationSentence::id).toList());
    ValidationSentence self =
        f.sentences().get(0); // <Sentence .../> self-closed before its children
    assertEquals(Set.of(new CodedEvent("USAGOV", "RUSGOV", "040")), self.expected());
    assertEquals("John Kerry met Sergey Lavrov & his team.", self.text());
    assertTrue(self.parse().startsWith("1\tJohn\tJohn"), self.parse());
    assertNull(f.sentences().get(1).date());
    assertEquals("A sentence without an id.", f.sentences().get(2).text());
    ValidationSentence last = f.sentences().get(3);
    assertEquals(LocalDate.of(2015, 10, 2), last.date());
    assertEquals(Set.of(new CodedEvent("RUS", "IMGMUSISI", "195")), last.expected());
    assertEquals("Russia struck Islamic State with missiles.", last.text());
    assertTrue(f.selects(last));
    assertEquals(1, f.dictionaries().actors().size());
  }
}
