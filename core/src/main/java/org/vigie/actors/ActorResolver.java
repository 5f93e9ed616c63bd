package org.vigie.actors;

import org.vigie.model.AnnotatedDocument;
import org.vigie.model.ResolvedDocument;

/** The actor stage: finds and codes the actors of every sentence. */
public interface ActorResolver {

  ResolvedDocument resolve(AnnotatedDocument document);
}
