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

  /**
   * A small valid gan model that tests edit; line numbers in diagnostic tests refer to this text
   * (the gan, 2 x 2 images, 3 noise values, a loihi1 deploy block on line 18).
   */
  public static final String SMALL_GAN =
      """
      model T
      window 8
      neuron IF : if { threshold 1 }
      encode image : intensity(2 x 2) -> latency
      encode z : uniform(3) -> latency
      network Gen(z) {
        dense out : 4 IF init uniform(0, 1)
        decode out as image
      }
      network Disc(image) {
        dense v : 2 IF init uniform(0, 1) classes(real, fake)
      }
      train gan(Gen, Disc) on mnist {
        loss s4nn
        optimizer sgd(lr 0.1)
        epochs 1
      }
      deploy loihi1 { weight_bits 8 }
      """;


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
