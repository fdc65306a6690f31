package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How sample matching pairs the generated digits of a G step with its real digits (docs/gan.md,
 * "Matching pairing"). Written in the IR and the DSL as {@code greedy} or {@code optimal}.
 */
public enum MatchingPairing {
  /** Pairs taken greedily by increasing squared spike-time distance (the original rule). */
  @JsonProperty("greedy")
  GREEDY,
  /** A perfect pairing of minimum total squared spike-time distance (Hungarian / Kuhn-Munkres). */
  @JsonProperty("optimal")
  OPTIMAL;

  /** The name as written in the DSL and the IR. */
  public String text() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The pairing written {@code text} ({@code greedy} or {@code optimal}). */
  public static MatchingPairing of(String text) {
    for (MatchingPairing p : values()) {
      if (p.text().equals(text)) {
        return p;
      }
    }
    throw new IllegalArgumentException("matching pairing must be greedy or optimal, got " + text);
  }
}
