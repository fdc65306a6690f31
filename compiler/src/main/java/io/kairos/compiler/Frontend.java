package io.kairos.compiler;

import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.check.Checker;
import io.kairos.compiler.diagnostics.Diagnostic;
import io.kairos.compiler.diagnostics.Source;
import io.kairos.compiler.lower.Lowering;
import io.kairos.compiler.syntax.SnnSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code .snn} front end: text to parse tree to AST, semantic checks, then IR. All errors of a
 * file are collected in one run; user mistakes are diagnostics, never exceptions.
 */
public final class Frontend {
  private Frontend() {}

  /**
   * Compiles a file. Bytes that are not UTF-8 become U+FFFD and are reported as unexpected
   * characters.
   *
   * @throws java.nio.file.NoSuchFileException when the file does not exist
   * @throws IOException when it cannot be read
   */
  public static CompileResult compile(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    return compile(new String(bytes, StandardCharsets.UTF_8), path.toString());
  }

  /** Compiles source text; {@code path} is only used in diagnostics. */
  public static CompileResult compile(String text, String path) {
    Source source = new Source(path, text);
    SnnSyntax.Result syntax = SnnSyntax.parse(source);
    if (syntax.model().isEmpty()) {
      return new CompileResult.Failure(source, syntax.diagnostics());
    }
    ModelFile file = syntax.model().get();
    List<Diagnostic> diagnostics = Checker.check(file);
    if (!diagnostics.isEmpty()) {
      return new CompileResult.Failure(source, diagnostics);
    }
    return new CompileResult.Success(source, Lowering.lower(file));
  }
}
