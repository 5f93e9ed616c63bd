package org.vigie.coding;

import java.util.List;
import org.vigie.model.Event;
import org.vigie.model.ResolvedDocument;

/** The coding stage: the events of a document whose actors are resolved. */
public interface EventCoder {

  /** Each event once per document, in text order. */
  List<Event> code(ResolvedDocument document);
}
