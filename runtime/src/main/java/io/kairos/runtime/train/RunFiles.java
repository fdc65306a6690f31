package io.kairos.runtime.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kairos.compiler.run.RunFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File chores that classifier and GAN run folders share (docs/run-folder.md). */
public final class RunFiles {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private RunFiles() {}

  /** A run folder's JSON file; unreadable JSON is a user-facing {@link RunFormatException}. */
  public static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new RunFormatException(file + ": not valid JSON");
    }
  }

  /** The records of a JSON-lines file, one per non-blank line; none when the file does not exist yet. */
  public static <T> List<T> readJsonLines(Path file, Class<T> type) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    var out = new ArrayList<T>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        out.add(JSON.readValue(line, type));
      }
    }
    return out;
  }

  /**
   * Deletes every checkpoint folder in {@code checkpoints} but {@code keep}; called after {@code
   * checkpoint.json} names {@code keep}, so a crash in between leaves an extra folder, never a
   * missing one.
   */
  public static void deleteCheckpointsExcept(Path checkpoints, Path keep) throws IOException {
    try (Stream<Path> s = Files.list(checkpoints)) {
      for (Path p : s.filter(p -> !p.equals(keep)).toList()) {
        try (Stream<Path> walk = Files.walk(p)) {
          for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(q);
          }
        }
      }
    }
  }
}
