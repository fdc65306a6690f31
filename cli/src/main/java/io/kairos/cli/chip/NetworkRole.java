package io.kairos.cli.chip;

import io.kairos.compiler.ir.Encoder;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;

/**
 * What a deployed network is for, which decides its test inputs and what is reported about it:
 * a classifier reads images and names classes; a generator reads noise; anything else that reads
 * images (e.g. a GAN's discriminator) is compared by spike times only.
 */
public enum NetworkRole {
  CLASSIFIER,
  GENERATOR,
  IMAGE_NETWORK;

  public static NetworkRole of(Model model, Network net) {
    Encoder enc = model.encoder(net.input())
        .orElseThrow(() -> new io.kairos.cli.UserException(
            "network " + net.name() + " reads encoder " + net.input() + ", which the model does not declare"));
    if (enc instanceof NoiseLatencyEncoder) {
      return GENERATOR;
    }
    if (enc instanceof ImageLatencyEncoder && !net.output().classes().isEmpty()
        && !isGanDiscriminator(model, net)) {
      return CLASSIFIER;
    }
    return IMAGE_NETWORK;
  }

  private static boolean isGanDiscriminator(Model model, Network net) {
    return model.training() instanceof io.kairos.compiler.ir.GanTraining g && g.discriminator().equals(net.name());
  }
}
