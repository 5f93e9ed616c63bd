package org.vigie.pipeline;

import org.vigie.actors.ActorResolver;
import org.vigie.coding.EventCoder;
import org.vigie.nlp.Annotator;
import org.vigie.nlp.SentenceSelector;

/** The language-specific stages of the pipeline, loaded once per language. */
record LanguageStages(
    String lang, Annotator annotator, SentenceSelector selector, ActorResolver actors, EventCoder coder) {}
