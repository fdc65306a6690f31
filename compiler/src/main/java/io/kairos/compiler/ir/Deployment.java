package io.kairos.compiler.ir;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where the trained model is deployed: a chip preset ({@code loihi1}, {@code loihi2}) or a chip
 * spec file, with settings that override the compiler's defaults (for example {@code weight_bits}).
 *
 * @param target preset name or spec file path
 * @param settings deployment settings by name, sorted by name
 */
public record Deployment(String target, Map<String, Double> settings) {
  public Deployment {
    settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
  }
}
