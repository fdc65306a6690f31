package io.kairos.compiler.diagnostics;

/**
 * Renders a diagnostic as {@code path:line:col: error: message}, then the source line and a caret
 * under the column. Tabs before the column are kept in the caret line so the caret lines up.
 */
public final class DiagnosticPrinter {
  private static final int MAX_SHOWN_LINE = 200;

  private DiagnosticPrinter() {}

  public static String render(Source source, Diagnostic d) {
    StringBuilder out = new StringBuilder();
    out.append(source.path())
        .append(':')
        .append(d.line())
        .append(':')
        .append(d.column())
        .append(": error: ")
        .append(d.message())
        .append('\n');
    String line = printable(source.line(d.line()));
    int caretAt = Math.max(0, d.column() - 1);
    if (line.length() > MAX_SHOWN_LINE) {
      // A pathological line (e.g. a huge literal): show a window around the column.
      int from = Math.max(0, Math.min(caretAt - MAX_SHOWN_LINE / 2, line.length() - MAX_SHOWN_LINE));
      line = line.substring(from, from + MAX_SHOWN_LINE);
      caretAt -= from;
    }
    out.append(line).append('\n');
    for (int i = 0; i < caretAt; i++) {
      out.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
    }
    out.append("^\n");
    return out.toString();
  }

  /** Control characters (from a damaged file) would garble a terminal: show them as '?'. */
  private static String printable(String line) {
    StringBuilder b = new StringBuilder(line.length());
    line.codePoints()
        .forEach(c -> b.append(c == '\t' || !Character.isISOControl(c) ? Character.toString(c) : "?"));
    return b.toString();
  }
}
