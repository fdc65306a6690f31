package io.kairos.examples;

import io.kairos.compiler.run.AtomicFiles;
import io.kairos.runtime.engine.Parallel;
import io.kairos.runtime.gan.GanImages;
import io.kairos.runtime.gan.GanTrainer;
import io.kairos.runtime.image.DigitGrid;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads a trained Spiking-GAN run folder and writes generated digits as one PNG grid. It uses the
 * library modules (runtime, compiler) directly and not the CLI, which nothing depends on.
 *
 * <pre>
 * java -cp cli/target/kairos.jar:examples/target/classes io.kairos.examples.GenerateDigits runs/demo digits.png 64 1
 * </pre>
 *
 * Arguments: {@code RUN_DIR OUT.png [COUNT (default 64)] [SEED (default 1)]}. The same seed gives
 * the same digits.
 */
public final class GenerateDigits {
  private static final int COLUMNS = 8;

  private GenerateDigits() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 4) {
      System.err.println("usage: GenerateDigits RUN_DIR OUT.png [COUNT] [SEED]");
      System.exit(2);
    }
    Path out = write(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 64,
        args.length > 3 ? Long.parseLong(args[3]) : 1);
    System.out.println("wrote " + out);
  }

  /** Generates {@code count} digits of the run's generator for noise seed {@code seed} and writes them, 8 per row. */
  public static Path write(Path run, Path png, int count, long seed) throws IOException {
    float[] digits = digits(run, count, seed);
    int side = (int) Math.round(Math.sqrt(digits.length / count));
    AtomicFiles.write(png, DigitGrid.png(DigitGrid.toBytes(digits), side, COLUMNS, 2));
    return png;
  }

  /**
   * {@code count} digits of the run's generator (the averaged one when the run keeps an average),
   * one after another, intensities in [0, 1]: the noise vectors of {@code seed} that {@code kairos
   * quality} also draws.
   */
  public static float[] digits(Path run, int count, long seed) throws IOException {
    if (count < 1) {
      throw new IllegalArgumentException("the number of digits must be >= 1, got " + count);
    }
    GanTrainer.Networks nets = GanTrainer.loadRun(run);
    try (Parallel parallel = new Parallel(1)) {
      return GanImages.qualityDigits(nets.generator(), nets.noise(), seed, count, parallel);
    }
  }
}
