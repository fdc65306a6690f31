package io.kairos.compiler.export.codegen;

import java.util.List;

/**
 * Everything one generated class says, decided before any Java is written: the renderer ({@link
 * JavaNetworkWriter}) only turns this into source.
 *
 * @param packageName Java package of the class
 * @param className simple class name
 * @param network the deployed network's name
 * @param chip the chip spec's name
 * @param window time steps per sample; a spike time of {@code window} means "no spike"
 * @param inputs number of input neurons
 * @param outputs number of output neurons
 * @param datapath the integer widths and shifts of the compartment
 * @param layers the layers in feed-forward order
 * @param inputCoding how values become input spike times
 * @param image the decoded image of a generator's output, or null when the network has no decoder
 * @param noise the noise code of a network fed by noise, or null for image coding
 */
public record NetworkPlan(
    String packageName,
    String className,
    String network,
    String chip,
    int window,
    int inputs,
    int outputs,
    Datapath datapath,
    List<LayerPlan> layers,
    InputCoding inputCoding,
    Image image,
    Noise noise) {
  public NetworkPlan {
    layers = List.copyOf(layers);
  }

  /**
   * The compartment's integer rules (docs/fixed-point.md).
   *
   * @param uBits width of the current u, which wraps
   * @param vBits width of the voltage v, which saturates
   * @param decayBits decays multiply by {@code keep / 2^decayBits}, rounding toward zero
   * @param weightShift {@code u += a << weightShift}
   */
  public record Datapath(int uBits, int vBits, int decayBits, int weightShift) {}

  /**
   * One layer.
   *
   * @param name population name
   * @param size number of neurons
   * @param fanIn number of sources
   * @param weightsBySource weight mantissas, source-major: entry {@code i * size + j} from source i to neuron j
   * @param weightExp exponent of the weights
   * @param threshold spike when {@code v > threshold} ({@code vthMant << thresholdShift})
   * @param currentKeep {@code 2^decayBits - (du + offset)}, at least 0
   * @param voltageKeep {@code 2^decayBits - dv}
   * @param bias added to v every step ({@code biasMant << biasExp})
   * @param oneShot whether a neuron that fired holds v and never fires again (the one-shot flag)
   * @param selfInhibition per neuron, the sum of its self-inhibitory mantissas (delivered one step after its spike)
   * @param selfExp exponent of the self-inhibitory synapses
   */
  public record LayerPlan(
      String name,
      int size,
      int fanIn,
      Table weightsBySource,
      int weightExp,
      long threshold,
      int currentKeep,
      int voltageKeep,
      long bias,
      boolean oneShot,
      Table selfInhibition,
      int selfExp) {}

  /**
   * An integer table as Base64 text: each value little-endian in {@code bytesPerValue} bytes (1, 2
   * or 4), split into chunks that fit a class file's string constants.
   */
  public record Table(int bytesPerValue, int length, List<String> chunks) {
    public Table {
      chunks = List.copyOf(chunks);
    }
  }

  /** How the network's encoder turns values into spike times. */
  public enum InputCoding {
    /** Pixel p in 0..255 spikes at {@code floor((255 - p) * window / 255)}; black is silent. */
    IMAGE,
    /** Value z in [0, 1) spikes at {@code floor((1 - z) * span)} ({@link Noise}). */
    NOISE
  }

  /**
   * The noise code (docs/gan.md, "Noise code"): per sample {@code active} of the input neurons
   * spike, each at {@code floor((1 - z) * span)}; the others are silent.
   */
  public record Noise(int active, int span) {}

  /** A decoded image: output neuron {@code y * width + x} is pixel (x, y). */
  public record Image(int height, int width) {}
}
