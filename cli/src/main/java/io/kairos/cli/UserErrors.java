package io.kairos.cli;

import io.kairos.compiler.ir.IrFormatException;
import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Which exceptions are user mistakes. Each module signals its user errors with its own exception
 * type (the modules do not share a base class, so that the lower ones stay independent); this is
 * the one list of them.
 */
final class UserErrors {
  private static final List<Class<? extends Throwable>> USER_ERROR_TYPES =
      List.of(
          UserException.class,
          IrFormatException.class,
          io.kairos.compiler.run.RunFormatException.class,
          io.kairos.compiler.deploy.DeploymentException.class,
          io.kairos.hardware.HardwareModelException.class,
          io.kairos.runtime.data.DataFormatException.class,
          io.kairos.runtime.engine.UnsupportedModelException.class,
          io.kairos.compiler.export.InterchangeException.class,
          NoSuchFileException.class,
          FileNotFoundException.class);

  private UserErrors() {}

  static boolean isUserError(Throwable t) {
    return USER_ERROR_TYPES.stream().anyMatch(type -> type.isInstance(t));
  }

  /** The one line printed for a user error. */
  static String message(Throwable t) {
    if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
      return "no such file: " + t.getMessage();
    }
    return t.getMessage();
  }
}
