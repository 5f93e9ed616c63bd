package org.vigie.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One GET endpoint of the API: its path (Javalin's {@code {name}} syntax, as in the OpenAPI file),
 * the query parameters it accepts (any other is a 400) and what it answers.
 */
record Route(String path, List<String> params, Answer answer) {

  /** The JSON answer to one request, computed on a borrowed store connection; null means 404. */
  interface Answer {
    JsonNode answer(Connection c, Params params, Map<String, String> path) throws SQLException;
  }

  Route {
    params = List.copyOf(params);
  }
}
