package io.kairos.compiler.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The HDF5 reference tools (Debian {@code hdf5-tools}, {@code python3-h5py}) for tests that check
 * files the way other readers see them; tests skip when a tool is absent.
 */
public final class ExternalTools {
  private ExternalTools() {}

  /** Output and exit code of a finished process. */
  public record Result(int exitCode, String output) {}

  /** The system Python with h5py and numpy, or null. */
  public static String pythonWithH5py() {
    for (String p : List.of("/usr/bin/python3", "python3")) {
      try {
        if (run(List.of(p, "-c", "import h5py, numpy"), null).exitCode() == 0) {
          return p;
        }
      } catch (IOException e) {
        // not installed under this name
      }
    }
    return null;
  }

  public static boolean hasH5dump() {
    try {
      return run(List.of("h5dump", "--version"), null).exitCode() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs a Python script with arguments. */
  public static Result python(String python, Path dir, String script, String... args) throws IOException {
    Path file = Files.createTempFile(dir, "check", ".py");
    Files.writeString(file, script);
    List<String> cmd = new ArrayList<>(List.of(python, file.toString()));
    cmd.addAll(List.of(args));
    return run(cmd, dir);
  }

  public static Result run(List<String> command, Path dir) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
