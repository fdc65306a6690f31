package io.kairos.examples;

import io.kairos.cli.api.Kairos;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads a trained Spiking-GAN run folder and writes generated digits as one PNG grid, using only
 * the {@link Kairos} API.
 *
 * <pre>
 * java -cp cli/target/kairos.jar:examples/target/classes io.kairos.examples.GenerateDigits runs/demo digits.png 64 1
 * </pre>
 *
 * Arguments: {@code RUN_DIR OUT.png [COUNT (default 64)] [SEED (default 1)]}. The same seed gives
 * the same digits.
 */
public final class GenerateDigits {
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
    float[][] digits = Kairos.generateDigits(run, count, seed);
    Kairos.writeDigitGrid(digits, 8, png);
    return png;
  }
}
