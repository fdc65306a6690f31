package io.kairos.compiler.export.nir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A NIR graph as stored in a {@code .nir} file: named nodes, edges between node names, and graph
 * metadata (values are {@code String}, {@code Double} or {@code Long}).
 *
 * @param version the file's NIR version string
 * @param nodes nodes by name, in file order
 * @param edges directed edges
 * @param metadata graph metadata, sorted by key
 */
public record NirGraph(String version, Map<String, NirNode> nodes, List<Edge> edges, Map<String, Object> metadata) {
  /** An edge from node {@code source} to node {@code target}. */
  public record Edge(String source, String target) {}

  public NirGraph {
    nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    edges = List.copyOf(edges);
    metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
  }
}
