package io.kairos.compiler.diagnostics;

/**
 * The text of one {@code .snn} file and the path it is reported under.
 *
 * @param path the path as the user named it (printed in diagnostics)
 * @param text the file contents
 */
public record Source(String path, String text) {

  /** Line {@code line} (1-based) without its line terminator; empty past the end. */
  public String line(int line) {
    // Split on '\n' only, as the lexer counts lines; a trailing '\r' is not part of the line.
    String[] lines = text.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return "";
    }
    String l = lines[line - 1];
    return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
  }
}
