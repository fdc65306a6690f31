package io.kairos.compiler.lang;

import static io.kairos.compiler.lang.Param.call;
import static io.kairos.compiler.lang.Param.choice;
import static io.kairos.compiler.lang.Param.optional;
import static io.kairos.compiler.lang.Param.optionalWithoutDefault;
import static io.kairos.compiler.lang.Param.required;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything the checker and lowering know about valid names: kinds, their parameters, bounds and
 * defaults. docs/dsl.md documents this table; change both together.
 */
public final class Language {
  private Language() {}

  /** {@code window}: time steps per sample. */
  public static final Bound WINDOW = Bound.between(1, 65535);

  /** Layer sizes and noise sizes. */
  public static final Bound SIZE = Bound.between(1, 1_000_000);

  /** Each dimension of an image shape. */
  public static final Bound DIMENSION = Bound.between(1, 4096);

  /** Literals longer than this are rejected before conversion (no quadratic big-number work). */
  public static final int MAX_NUMBER_LENGTH = 64;

  private static final Param THRESHOLD = required("threshold", ValueType.NUMBER, Bound.POSITIVE);

  public static final Family NEURONS =
      new Family(
          "neuron kind",
          List.of(
              new Schema(
                  "if",
                  List.of(
                      THRESHOLD,
                      optionalWithoutDefault("refractory", ValueType.STEPS_OR_WINDOW, WINDOW))),
              new Schema(
                  "cuba_lif",
                  List.of(
                      THRESHOLD,
                      optional("refractory", ValueType.STEPS_OR_WINDOW, WINDOW, 1),
                      required("current_decay", ValueType.NUMBER, Bound.PROBABILITY),
                      required("voltage_decay", ValueType.NUMBER, Bound.PROBABILITY),
                      optional("bias", ValueType.NUMBER, Bound.ANY, 0)))));

  public static final Family ENCODER_SOURCES =
      new Family(
          "encoder",
          List.of(
              new Schema("intensity", List.of(required("shape", ValueType.SHAPE, Bound.ANY))),
              new Schema(
                  "uniform",
                  List.of(
                      required("size", ValueType.INTEGER, SIZE),
                      // default: size (every noise neuron spikes); at most size (K023)
                      optionalWithoutDefault("active", ValueType.INTEGER, SIZE),
                      // default: the window; at most the window (K024)
                      optionalWithoutDefault("span", ValueType.STEPS_OR_WINDOW, WINDOW)))));

  public static final Family CODINGS =
      new Family("coding", List.of(new Schema("latency", List.of())));

  public static final Family INITS =
      new Family(
          "init",
          List.of(
              new Schema(
                  "uniform",
                  List.of(
                      required("low", ValueType.NUMBER, Bound.ANY),
                      required("high", ValueType.NUMBER, Bound.ANY))),
              new Schema(
                  "normal",
                  List.of(
                      required("mean", ValueType.NUMBER, Bound.ANY),
                      required("std", ValueType.NUMBER, Bound.POSITIVE)))));

  /** S4NN's margin gamma, in time steps. */
  public static final double DEFAULT_GAMMA = 3;

  public static final Family LOSSES =
      new Family(
          "loss",
          List.of(
              new Schema(
                  "s4nn", List.of(optional("gamma", ValueType.NUMBER, Bound.POSITIVE, DEFAULT_GAMMA))),
              new Schema(
                  "aggressive_ttfs",
                  List.of(
                      choice("rule", List.of("A", "B"), false),
                      optional("gamma", ValueType.NUMBER, Bound.POSITIVE, DEFAULT_GAMMA),
                      optionalWithoutDefault("pull", ValueType.NUMBER, Bound.NON_NEGATIVE),
                      optional("target", ValueType.NUMBER, Bound.NON_NEGATIVE, 0)))));

  public static final Family OPTIMIZERS =
      new Family(
          "optimizer",
          List.of(
              new Schema(
                  "sgd",
                  List.of(
                      required("lr", ValueType.NUMBER, Bound.POSITIVE),
                      optional("decay", ValueType.NUMBER, Bound.NON_NEGATIVE, 0))),
              new Schema(
                  "adam",
                  List.of(
                      required("lr", ValueType.NUMBER, Bound.POSITIVE),
                      optional("beta1", ValueType.NUMBER, Bound.FRACTION_BELOW_ONE, 0.9),
                      optional("beta2", ValueType.NUMBER, Bound.FRACTION_BELOW_ONE, 0.999),
                      optional("epsilon", ValueType.NUMBER, Bound.POSITIVE, 1e-8),
                      optional("decay", ValueType.NUMBER, Bound.NON_NEGATIVE, 0)))));

  /** S4NN re-draws a hidden neuron that fired on fewer than 0.1% of the training samples. */
  public static final double DEFAULT_DEAD_NEURON_RATE = 0.001;

  /** The names of {@code matching_pairing}, as the IR's MatchingPairing writes them. */
  public static final List<String> MATCHING_PAIRINGS = List.of("greedy", "optimal");

  /** The settings that only mean something with {@code sample_matching} above 0 (K025). */
  public static final List<String> SAMPLE_MATCHING_OPTIONS = List.of("matching_margin", "matching_pairing");

  public static final String GENERATOR = "generator";
  public static final String DISCRIMINATOR = "discriminator";

  private static List<Param> commonTraining(List<String> optimizerRoles) {
    return List.of(
        call("loss", LOSSES, true, List.of()),
        call("optimizer", OPTIMIZERS, true, optimizerRoles),
        required("epochs", ValueType.INTEGER, Bound.between(1, 1_000_000)),
        optional("batch", ValueType.INTEGER, Bound.between(1, 1_000_000), 1),
        optional("seed", ValueType.INTEGER, Bound.between(0, Long.MAX_VALUE), 0),
        optional(
            "dead_neuron_rate", ValueType.NUMBER, Bound.PROBABILITY, DEFAULT_DEAD_NEURON_RATE));
  }

  public static final Schema CLASSIFIER = new Schema("classifier", commonTraining(List.of()));

  public static final Schema GAN =
      new Schema(
          "gan",
          concat(
              commonTraining(List.of(GENERATOR, DISCRIMINATOR)),
              List.of(
                  optional("discriminator_steps", ValueType.INTEGER, Bound.between(1, 1000), 1),
                  optional("label_noise", ValueType.NUMBER, Bound.PROBABILITY, 0),
                  optional("sample_matching", ValueType.NUMBER, Bound.PROBABILITY, 0),
                  optional("generator_centring", ValueType.NUMBER, Bound.PROBABILITY, 0),
                  optional("matching_margin", ValueType.NUMBER, Bound.PROBABILITY, 0),
                  // default: batch (G steps take as many samples as D steps)
                  optionalWithoutDefault("generator_batch", ValueType.INTEGER, Bound.between(1, 1_000_000)),
                  // default: greedy
                  choice("matching_pairing", MATCHING_PAIRINGS, false),
                  optional("generator_average", ValueType.NUMBER, Bound.FRACTION_BELOW_ONE, 0))));

  public static final Family TRAININGS = new Family("training", List.of(CLASSIFIER, GAN));

  /** How many networks each training kind takes, and their roles in order. */
  public static List<String> trainingRoles(String kind) {
    return kind.equals("gan") ? List.of(GENERATOR, DISCRIMINATOR) : List.of("network");
  }

  public static final List<String> DATA_SETS = List.of("mnist", "fashion_mnist");

  public static final List<String> TARGETS = List.of("loihi1", "loihi2");

  /**
   * Deployment settings; only the ones written are passed on (the deployer has the defaults and
   * checks that a per-layer setting names a layer of the model).
   */
  public static final Schema DEPLOY =
      new Schema(
          "deploy",
          List.of(
              optionalWithoutDefault("weight_bits", ValueType.INTEGER, Bound.between(1, 9)),
              optionalWithoutDefault("scale_quantile", ValueType.NUMBER, Bound.QUANTILE).perLayerToo()));

  /** Per-layer overrides of the neuron model. */
  public static final Schema LAYER_OVERRIDES =
      new Schema("layer", List.of(optionalWithoutDefault("threshold", ValueType.NUMBER, Bound.POSITIVE)));

  /** The value type of a parameter name wherever it appears, for targeted syntax messages. */
  public static Optional<ValueType> typeOf(String paramName) {
    return allSchemas().stream()
        .flatMap(s -> s.params().stream())
        .filter(p -> p.name().equals(paramName))
        .map(Param::type)
        .findFirst();
  }

  private static List<Schema> allSchemas() {
    return Stream.of(NEURONS, ENCODER_SOURCES, INITS, LOSSES, OPTIMIZERS, TRAININGS)
        .flatMap(f -> f.kinds().stream())
        .collect(Collectors.collectingAndThen(Collectors.toList(), all -> {
          all.addAll(List.of(DEPLOY, LAYER_OVERRIDES));
          return List.copyOf(all);
        }));
  }

  private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
    var all = new java.util.ArrayList<T>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
