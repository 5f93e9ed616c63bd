package org.vigie.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The files that {@link ArticleSource#read} would read for a list of names, found the same way
 * (folders walked, hidden files skipped, path order), for callers that handle inputs one by one:
 * {@code vigie ingest} remembers finished files and skips them when unchanged.
 */
public final class InputFiles {

  /**
   * One input to read.
   *
   * @param path the file, null for standard input
   * @param name the name to hand to {@link ArticleSource#read} and to show in messages
   */
  public record Input(Path path, String name) {

    public Input {
      Objects.requireNonNull(name, "name");
    }

    public boolean isStdin() {
      return path == null;
    }
  }

  private InputFiles() {}

  /**
   * Expands names (files, folders, {@code -}) into the inputs to read; problems met on the way (a
   * folder that cannot be listed, an empty folder) go to {@code issues}.
   */
  public static List<Input> expand(List<String> names, Consumer<ReadIssue> issues) {
    List<Input> out = new ArrayList<>();
    for (String name : names) {
      List<InputFinder.Input> found = InputFinder.find(name, r -> {
        if (r instanceof ReadIssue issue) {
          issues.accept(issue);
        }
      });
      for (InputFinder.Input input : found) {
        out.add(new Input(input.path(), input.path() == null ? ArticleSource.STDIN : input.origin()));
      }
    }
    return out;
  }
}
