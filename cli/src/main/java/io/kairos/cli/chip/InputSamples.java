package io.kairos.cli.chip;

import io.kairos.cli.UserException;
import io.kairos.cli.runtime.DataSources;
import io.kairos.compiler.ir.Encoder;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.runtime.data.LabelledImages;
import io.kairos.runtime.engine.NoiseCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The input spike times a deployed network is tested on, coded by the runtime's encoders
 * (docs/ttfs-semantics.md, "Input coding"): held-out images (the test set) for a network that
 * reads images, uniform noise drawn from a seed for a generator.
 *
 * @param inputs one input per sample
 * @param labels the correct class per sample for a classifier, else {@code null}
 * @param description where the inputs came from, for reports
 */
public record InputSamples(List<SpikeTimes> inputs, int[] labels, String description) {
  public InputSamples {
    inputs = List.copyOf(inputs);
  }

  public int size() {
    return inputs.size();
  }

  /**
   * @param data {@code --data DIR}, or {@code null} for the model's dataset (the shipped digits)
   * @param samples how many samples (at most the test set's size for images), &gt;= 1
   * @param seed seed of the noise draws (generators only)
   */
  public static InputSamples of(Model model, Network net, Path data, int samples, long seed) {
    if (samples < 1) {
      throw new UserException("--samples must be >= 1, got " + samples);
    }
    Encoder enc = model.encoder(net.input()).orElseThrow();
    int window = model.window();
    NetworkRole role = NetworkRole.of(model, net);
    if (role == NetworkRole.GENERATOR) {
      return noise(NoiseCode.of((NoiseLatencyEncoder) enc, window), samples, seed);
    }
    ImageLatencyEncoder image = (ImageLatencyEncoder) enc;
    LabelledImages test = DataSources.resolve(data, model, null).test();
    if (test.pixelsPerImage() != image.size()) {
      throw new UserException("network " + net.name() + " reads " + image.height() + " x " + image.width()
          + " images, but the data has " + test.rows() + " x " + test.cols() + "; give --data DIR"
          + " with the network's images (kairos deploy: or --samples 0 to skip the fidelity report)");
    }
    LabelledImages used = test.head(samples);
    List<SpikeTimes> in = new ArrayList<>(used.count());
    for (int s = 0; s < used.count(); s++) {
      int[] t = new int[image.size()];
      used.inputTimes(s, window, t);
      in.add(new SpikeTimes(window, t));
    }
    int[] labels = null;
    if (role == NetworkRole.CLASSIFIER) {
      int classes = net.output().classes().size();
      labels = new int[used.count()];
      for (int s = 0; s < labels.length; s++) {
        labels[s] = used.label(s);
        if (labels[s] >= classes) {
          throw new UserException("test label " + labels[s] + " of image " + s + " is not one of network "
              + net.name() + "'s " + classes + " classes");
        }
      }
    }
    return new InputSamples(in, labels, used.count() + " held-out test images");
  }

  /**
   * Noise in the generator's noise code ({@link NoiseCode}, docs/gan.md "Noise code"): the samples
   * draw in order from one generator seeded by {@code seed}, so the inputs depend only on the seed,
   * the code and the count.
   */
  static InputSamples noise(NoiseCode code, int samples, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<SpikeTimes> in = new ArrayList<>(samples);
    for (int s = 0; s < samples; s++) {
      int[] t = new int[code.size()];
      code.fill(rnd, t);
      in.add(new SpikeTimes(code.window(), t));
    }
    String sparse = code.dense() && code.span() == code.window() ? ""
        : ", " + code.active() + " of " + code.size() + " active, span " + code.span();
    return new InputSamples(in, null, samples + " uniform noise vectors (seed " + seed + sparse + ")");
  }
}
