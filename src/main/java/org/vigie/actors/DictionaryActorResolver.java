package org.vigie.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigie.model.ActorMention;
import org.vigie.model.AnnotatedDocument;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;

/** Resolves actors with the language's dictionaries; thread-safe. */
public final class DictionaryActorResolver implements ActorResolver {

  private final MentionComposer composer;

  public DictionaryActorResolver(ActorDictionaries dictionaries) {
    this.composer = new MentionComposer(dictionaries, dictionaries.titleWords());
  }

  @Override
  public ResolvedDocument resolve(AnnotatedDocument document) {
    LocalDate date = document.article().article().date();
    LocalDate on = date != null ? date : LocalDate.now();
    ReferenceResolver references = new ReferenceResolver();
    List<ActorMention> mentions = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      mentions.addAll(references.accept(composer.compose(s, on)));
    }
    return new ResolvedDocument(document, mentions, List.of());
  }
}
