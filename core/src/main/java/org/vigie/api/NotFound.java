package org.vigie.api;

/** A path naming nothing the store has: 404 with a JSON error. */
final class NotFound extends RuntimeException {
  NotFound(String message) {
    super(message);
  }
}
