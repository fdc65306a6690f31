package io.kairos.compiler;

import io.kairos.compiler.ir.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files shared with the rest of the repository, read relative to the compiler module's folder. */
public final class TestSources {
  private TestSources() {}

  public static Path repoFile(String relative) {
    return Path.of("..").resolve(relative).normalize();
  }

  public static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String example(String name) {
    return read(repoFile("examples/" + name));
  }

  /** Compiles text that must be free of errors, failing with the rendered diagnostics otherwise. */
  public static Model compileClean(String text) {
    CompileResult r = Frontend.compile(text, "test.snn");
    if (r instanceof CompileResult.Failure f) {
      throw new AssertionError("expected no diagnostics, got:\n" + f.render());
    }
    return ((CompileResult.Success) r).model();
  }

  /** The diagnostics of text that must have errors, each as "line:col: message". */
  public static java.util.List<String> errors(String text) {
    CompileResult r = Frontend.compile(text, "test.snn");
    if (r instanceof CompileResult.Success) {
      throw new AssertionError("expected diagnostics, the text compiled:\n" + text);
    }
    return ((CompileResult.Failure) r).diagnostics().stream()
        .map(d -> d.line() + ":" + d.column() + ": " + d.message())
        .toList();
  }
}
