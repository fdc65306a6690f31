package io.kairos.compiler.ir;

import java.util.List;

/**
 * A group of identical neurons.
 *
 * @param name population name, unique within its network
 * @param size number of neurons, &gt;= 1
 * @param neuron the name of its neuron model
 * @param threshold the effective threshold: the layer's override, else the neuron model's
 * @param classes class labels of an output population (one per neuron), or empty
 */
public record Population(
    String name, int size, String neuron, double threshold, List<String> classes) {
  public Population {
    classes = List.copyOf(classes);
  }
}
