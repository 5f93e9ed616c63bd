package org.vigie.enrich;

/**
 * What a line of a speech word list declares: the first column of {@code speech-fr.tsv}, whose
 * header documents each kind.
 */
enum SpeechKind implements PhraseKind {
  VERB("verb"),
  SOURCE("source"),
  FILLER("filler"),
  CONNECTOR("connector"),
  BOUNDARY("boundary"),
  INFINITIVE("infinitive"),
  TITLE("title");

  private final String label;

  SpeechKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String checkValue(String value) {
    if (this == VERB) {
      return null;
    }
    return value.equals("-") ? null : label + " value must be -";
  }
}
