package org.vigie.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.model.ActorMention;
import org.vigie.model.AnnotatedDocument;
import org.vigie.model.ResolvedDocument;
import org.vigie.model.Sentence;

/** Resolves actors with the language's dictionaries; thread-safe. */
public final class DictionaryActorResolver implements ActorResolver {

  private final MentionComposer composer;
  private final ActorDictionaries dictionaries;

  public DictionaryActorResolver(ActorDictionaries dictionaries) {
    this.composer = new MentionComposer(dictionaries, dictionaries.titleWords());
    this.dictionaries = dictionaries;
  }

  @Override
  public ResolvedDocument resolve(AnnotatedDocument document) {
    LocalDate date = document.article().article().date();
    LocalDate on = date != null ? date : LocalDate.now();
    List<List<Found>> found = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      found.add(composer.compose(s, on));
    }
    ReferenceResolver references = new ReferenceResolver(focus(found));
    List<ActorMention> mentions = new ArrayList<>();
    for (List<Found> sentence : found) {
      mentions.addAll(references.accept(sentence));
    }
    return new ResolvedDocument(document, mentions, List.of());
  }

  /** The country named most often in the document (first named on a tie), or null. */
  private Country focus(List<List<Found>> found) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (List<Found> sentence : found) {
      for (Found f : sentence) {
        if (!f.isReference() && f.mention().actor().country() != null) {
          counts.merge(f.mention().actor().country(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .flatMap(e -> dictionaries.country(e.getKey())).orElse(null);
  }
}
