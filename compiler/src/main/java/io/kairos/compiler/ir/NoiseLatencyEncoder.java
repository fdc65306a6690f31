package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Noise coding (docs/gan.md, "Noise code"): per sample exactly {@code active} of the {@code size}
 * noise neurons spike, chosen uniformly at random, each at {@code t = floor((1 - z) * span)} for
 * {@code z} uniform in [0, 1); the others are silent (time {@code window}). {@code active = size}
 * and {@code span = window} is the dense code {@code t = floor((1 - z) * window)} of every model
 * before these fields existed.
 *
 * <p>{@code span} {@value #SPAN_WINDOW} means "the model's window": the record does not know the
 * window, so an encoder built without one (the 2-argument constructor, or IR JSON written before
 * {@code active} and {@code span} existed) says so explicitly, and {@link Model} resolves it to the
 * window when the encoder is put into a model; so every encoder inside a model has an explicit span.
 * A missing {@code active} in JSON means {@code size}.
 *
 * @param name the encoder name
 * @param size number of noise neurons per sample
 * @param active how many of them spike per sample, in [1, size]
 * @param span spike times lie in [0, span]; in [1, window], or {@value #SPAN_WINDOW} for the window
 */
public record NoiseLatencyEncoder(String name, int size, int active, int span) implements Encoder {
  /** The {@code span} that stands for the model's window until {@link Model} resolves it. */
  public static final int SPAN_WINDOW = 0;

  public NoiseLatencyEncoder {
    if (size < 1) {
      throw new IllegalArgumentException("noise encoder " + name + ": size must be >= 1, got " + size);
    }
    if (active < 1 || active > size) {
      throw new IllegalArgumentException(
          "noise encoder " + name + ": active must be in [1, " + size + "], got " + active);
    }
    if (span < 0) {
      throw new IllegalArgumentException("noise encoder " + name + ": span must be >= 1 (or 0 for the window), got " + span);
    }
  }

  /** The dense code of every noise neuron over the whole window (today's default). */
  public NoiseLatencyEncoder(String name, int size) {
    this(name, size, size, SPAN_WINDOW);
  }

  /** Reads IR JSON; {@code active} and {@code span} may be missing (older IR), see the class comment. */
  @JsonCreator
  static NoiseLatencyEncoder fromJson(@JsonProperty("name") String name, @JsonProperty("size") int size,
      @JsonProperty("active") Integer active, @JsonProperty("span") Integer span) {
    return new NoiseLatencyEncoder(name, size, active == null ? size : active, span == null ? SPAN_WINDOW : span);
  }

  /**
   * This encoder with {@link #SPAN_WINDOW} replaced by {@code window}.
   *
   * @throws IllegalArgumentException when the span is longer than the window
   */
  public NoiseLatencyEncoder inWindow(int window) {
    int s = span == SPAN_WINDOW ? window : span;
    if (s > window) {
      throw new IllegalArgumentException(
          "noise encoder " + name + ": span " + s + " is longer than the window " + window);
    }
    return s == span ? this : new NoiseLatencyEncoder(name, size, active, s);
  }

  /** Whether every noise neuron spikes in every sample (the stream of the original dense code). */
  @JsonIgnore
  public boolean dense() {
    return active == size;
  }
}
