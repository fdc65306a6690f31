package io.kairos.cli;

import io.kairos.compiler.CompileResult;
import io.kairos.compiler.Frontend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Compiles a {@code .snn} file named on the command line; a file that cannot be read is a user error. */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * The model of a {@code .snn} file.
   *
   * @throws SourceErrorsException carrying the rendered diagnostics when the file has errors
   */
  public static io.kairos.compiler.ir.Model model(Path file) {
    CompileResult result = compile(file);
    if (result instanceof CompileResult.Failure failure) {
      throw new SourceErrorsException(failure.render());
    }
    return ((CompileResult.Success) result).model();
  }

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
