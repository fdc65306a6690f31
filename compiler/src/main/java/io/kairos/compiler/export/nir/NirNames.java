package io.kairos.compiler.export.nir;

import java.util.List;

/**
 * The NIR file layout, in one place (neuromorphs/NIR {@code nir/serialization.py} and {@code
 * nir/ir/*.py}): dataset and group names and the type tags of the primitives Kairos supports.
 */
final class NirNames {
  private NirNames() {}

  /** The NIR format version written into the root {@code version} dataset. */
  static final String FORMAT_VERSION = "1.0.0";

  static final String VERSION = "version";
  static final String NODE = "node";
  static final String NODES = "nodes";
  static final String EDGES = "edges";
  static final String TYPE = "type";
  static final String METADATA = "metadata";
  static final String GRAPH = "NIRGraph";

  static final String INPUT = "Input";
  static final String OUTPUT = "Output";
  static final String LINEAR = "Linear";
  static final String AFFINE = "Affine";
  static final String IF = "IF";
  static final List<String> SUPPORTED = List.of(INPUT, LINEAR, AFFINE, IF, OUTPUT);

  static final String SHAPE = "shape";
  static final String WEIGHT = "weight";
  static final String BIAS = "bias";
  static final String R = "r";
  static final String V_THRESHOLD = "v_threshold";
  static final String V_RESET = "v_reset";

  /** Type tag of a node. */
  static String typeOf(NirNode node) {
    if (node instanceof NirNode.Input) {
      return INPUT;
    } else if (node instanceof NirNode.Output) {
      return OUTPUT;
    } else if (node instanceof NirNode.Linear) {
      return LINEAR;
    } else if (node instanceof NirNode.Affine) {
      return AFFINE;
    } else if (node instanceof NirNode.IntegrateAndFire) {
      return IF;
    }
    return ((NirNode.Unsupported) node).type();
  }
}
