package org.vigie.api;

/** A request the API refuses with 400; the message starts with the parameter it names. */
final class BadRequest extends RuntimeException {

  private final String parameter;

  BadRequest(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
