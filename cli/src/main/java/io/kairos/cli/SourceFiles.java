package io.kairos.cli;

import io.kairos.compiler.CompileResult;
import io.kairos.compiler.Frontend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Compiles a {@code .snn} file named on the command line; a file that cannot be read is a user error. */
final class SourceFiles {
  private SourceFiles() {}

  static CompileResult compile(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserException(file + " is a directory, not a .snn file");
    }
    try {
      return Frontend.compile(file);
    } catch (NoSuchFileException e) {
      throw new UserException("no such file: " + file);
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
