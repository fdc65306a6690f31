package io.kairos.runtime.baseline;

import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.Population;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sizes the ANN GAN baseline copies from a Spiking-GAN so that it stays "same-size": noise
 * width, every hidden layer of G and of D, the batch of a D step and the noise samples of a G step.
 *
 * @param noise G's input width
 * @param generatorHidden G's hidden layer widths in feed-forward order (G's output is always 784)
 * @param discriminatorHidden D's hidden layer widths in feed-forward order (D's input is 784, its output one logit)
 * @param batch real (and as many generated) digits per D step
 * @param generatorBatch noise vectors per G step
 */
public record AnnGanSizes(
    int noise, List<Integer> generatorHidden, List<Integer> discriminatorHidden, int batch, int generatorBatch) {
  /** The pixels of a digit: G's output and D's input. */
  public static final int PIXELS = 784;

  public AnnGanSizes {
    generatorHidden = List.copyOf(generatorHidden);
    discriminatorHidden = List.copyOf(discriminatorHidden);
    if (generatorHidden.isEmpty() || discriminatorHidden.isEmpty()) {
      throw new IllegalArgumentException("G and D need at least one hidden layer each");
    }
    if (noise < 1 || Stream.concat(generatorHidden.stream(), discriminatorHidden.stream()).anyMatch(h -> h < 1)) {
      throw new IllegalArgumentException("layer sizes must be >= 1, got noise " + noise + ", G hidden "
          + generatorHidden + ", D hidden " + discriminatorHidden);
    }
    if (batch < 1) {
      throw new IllegalArgumentException("the batch must be >= 1, got " + batch);
    }
    if (generatorBatch < 1) {
      throw new IllegalArgumentException("the G batch must be >= 1, got " + generatorBatch);
    }
  }

  /** One hidden layer of {@code hidden} in each network, G batch = {@code batch} (the original baseline's shape). */
  public static AnnGanSizes oneHidden(int noise, int hidden, int batch) {
    return new AnnGanSizes(noise, List.of(hidden), List.of(hidden), batch, batch);
  }

  /**
   * The sizes of the Spiking-GAN {@code model}: noise = the generator's noise encoder, G hidden =
   * every generator population but the last (the pixels), D hidden = every discriminator population
   * but the last (the verdict), batch and G batch = the training's ({@code generatorBatch}, which is
   * the batch unless the model sets {@code generator_batch}): the baseline gets the same budget.
   *
   * @throws IllegalArgumentException when the model declares no GAN training or a network lacks a hidden layer
   */
  public static AnnGanSizes of(Model model) {
    if (!(model.training() instanceof GanTraining gt)) {
      throw new IllegalArgumentException("model " + model.name() + " declares no GAN training");
    }
    Network g = network(model, gt.generator());
    Network d = network(model, gt.discriminator());
    int noise = model.encoder(g.input())
        .orElseThrow(() -> new IllegalArgumentException("generator input " + g.input() + " is not an encoder of the model"))
        .size();
    return new AnnGanSizes(noise, hidden(g), hidden(d), gt.batch(), gt.generatorBatch());
  }

  private static Network network(Model model, String name) {
    return model.network(name).orElseThrow(() -> new IllegalArgumentException("model " + model.name() + " has no network " + name));
  }

  private static List<Integer> hidden(Network n) {
    List<Population> pops = n.populations();
    if (pops.size() < 2) {
      throw new IllegalArgumentException("network " + n.name() + " has no hidden population for the ANN GAN to mirror");
    }
    return pops.subList(0, pops.size() - 1).stream().map(Population::size).toList();
  }

  /** These sizes with another G batch. */
  public AnnGanSizes withGeneratorBatch(int newGeneratorBatch) {
    return new AnnGanSizes(noise, generatorHidden, discriminatorHidden, batch, newGeneratorBatch);
  }

  /** The layer widths, e.g. {@code "100 -> 400 -> 400 -> 784 / 784 -> 400 -> 1"} (G / D). */
  public String architecture() {
    return chain(Stream.of(List.of(noise), generatorHidden, List.of(PIXELS)))
        + " / " + chain(Stream.of(List.of(PIXELS), discriminatorHidden, List.of(1)));
  }

  private static String chain(Stream<List<Integer>> parts) {
    return parts.flatMap(List::stream).map(String::valueOf).collect(Collectors.joining(" -> "));
  }
}
