package org.vigie.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

  @Test
  void splitsOnEveryKindOfLineBreak() {
    assertEquals(
        List.of("un", "deux", "trois", "quatre", "cinq"),
        ParagraphSplitter.split("un\r\ndeux\rtrois\nquatre\u2029cinq"));
  }

  @Test
  void trimsAndSkipsBlankLines() {
    assertEquals(
        List.of("un", "deux"), ParagraphSplitter.split("\n  un \t\n \n\t\n\u00A0\ndeux\n\n"));
  }

  @Test
  void noBreakSpacesBecomeSpacesOneForOne() {
    String raw = "M.\u00A0Kerry a dit\u202F: «\u00A0oui\u00A0»";
    String paragraph = ParagraphSplitter.split(raw).get(0);
    assertEquals("M. Kerry a dit : « oui »", paragraph);
    assertEquals(raw.length(), paragraph.length());
  }

  @Test
  void composesAccentsToNfc() {
    assertEquals(List.of("Sergueï élu"), ParagraphSplitter.split("Sergue\u0069\u0308 e\u0301lu"));
  }

  @Test
  void removesControlCharactersButKeepsTabs() {
    assertEquals(
        List.of("Le\tprésident a dit"),
        ParagraphSplitter.split("\uFEFFLe\tpr\u0000ésident\u0007 a dit\f"));
  }

  @Test
  void removedControlCharacterDoesNotKeepAnAccentApart() {
    assertEquals(List.of("é"), ParagraphSplitter.split("e\u0007\u0301"));
  }

  @Test
  void emptyTextHasNoParagraphs() {
    assertEquals(List.of(), ParagraphSplitter.split(""));
  }
}
