package org.vigie.coding;

import java.util.List;
import org.vigie.model.Token;

/** A pattern matched on a trigger: the tokens of its words, and the tokens where the target is. */
record Match(EventPattern pattern, Token trigger, List<Token> words, List<Token> targets) {}
