package io.kairos.cli.runtime;

import io.kairos.cli.SourceFiles;
import io.kairos.cli.UserException;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the model a command is given: IR JSON ({@code .json}) or DSL source ({@code .snn}). */
final class ModelFiles {
  private ModelFiles() {}

  static Model load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UserException("model file " + file + " does not exist");
    }
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      return IrJson.read(Files.readString(file));
    }
    if (name.endsWith(".snn")) {
      return compileSnn(file);
    }
    throw new UserException(file + ": a model is a .snn source file or IR JSON (.json)");
  }

  /** The one place where the runtime commands call the DSL front end. */
  private static Model compileSnn(Path file) {
    return SourceFiles.model(file);
  }
}
