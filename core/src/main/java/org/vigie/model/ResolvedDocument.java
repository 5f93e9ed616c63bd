package org.vigie.model;

import java.util.List;

/** An annotated document with its actor mentions and dates resolved. */
public record ResolvedDocument(
    AnnotatedDocument document, List<ActorMention> mentions, List<DateMention> dates) {

  public ResolvedDocument {
    mentions = List.copyOf(mentions);
    dates = List.copyOf(dates);
  }

  public List<ActorMention> mentionsIn(int sentence) {
    return mentions.stream().filter(m -> m.sentence() == sentence).toList();
  }
}
