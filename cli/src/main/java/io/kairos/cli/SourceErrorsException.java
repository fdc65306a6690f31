package io.kairos.cli;

/**
 * A {@code .snn} file with errors, met by a command that needs its model (train, demo). The
 * message is the rendered diagnostics ({@code path:line:col: error: ...} with source line and
 * caret), printed as-is; the command exits with {@link ExitCodes#USER_ERROR}.
 */
public final class SourceErrorsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SourceErrorsException(String renderedDiagnostics) {
    super(renderedDiagnostics);
  }
}
