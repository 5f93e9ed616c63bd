package org.vigie.pipeline;

import java.util.function.Supplier;
import org.vigie.actors.ActorResolver;
import org.vigie.coding.EventCoder;
import org.vigie.nlp.Annotator;
import org.vigie.nlp.SentenceSelector;
import org.vigie.places.EventPlaces;
import org.vigie.places.PlaceFinder;

/**
 * The language-specific stages of the pipeline. Dictionaries are loaded at once (so that their
 * errors show before any work); the CoreNLP models, which take seconds and memory, on the first
 * article in the language.
 */
record LanguageStages(
    String lang,
    Supplier<Annotator> annotator,
    SentenceSelector selector,
    ActorResolver actors,
    EventCoder coder,
    PlaceFinder places,
    EventPlaces eventPlaces) {}
