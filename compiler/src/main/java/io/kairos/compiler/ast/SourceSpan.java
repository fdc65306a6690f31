package io.kairos.compiler.ast;

/**
 * Where a node starts in its source: 1-based line and column (columns count characters), plus
 * the 0-based character offsets of its first and last character, used for sorting and slicing.
 */
public record SourceSpan(int line, int column, int startOffset, int stopOffset)
    implements Comparable<SourceSpan> {

  @Override
  public int compareTo(SourceSpan other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }
}
