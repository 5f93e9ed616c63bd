package org.vigie.petrarch;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test files of src/test/resources/petrarch. */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/petrarch/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
