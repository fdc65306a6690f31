package io.kairos.compiler.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.compiler.ast.SourceSpan;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
  private static Diagnostic at(int line, int column) {
    return new Diagnostic(DiagnosticCode.K001, new SourceSpan(line, column, 0, 0), "msg");
  }

  @Test
  void caretUnderTheColumnKeepingTabs() {
    Source s = new Source("f.snn", "model M\n\twindow x\n");
    assertEquals("f.snn:2:9: error: msg\n\twindow x\n\t       ^\n", DiagnosticPrinter.render(s, at(2, 9)));
  }

  @Test
  void endOfFileAndCrLf() {
    Source s = new Source("f.snn", "model M\r\n");
    assertEquals("f.snn:1:1: error: msg\nmodel M\n^\n", DiagnosticPrinter.render(s, at(1, 1)));
    assertEquals("f.snn:2:1: error: msg\n\n^\n", DiagnosticPrinter.render(s, at(2, 1)));
  }

  @Test
  void longLinesAreShownAroundTheColumnAndControlCharactersAreMasked() {
    String line = "a".repeat(1000) + "X" + "b".repeat(1000);
    String rendered = DiagnosticPrinter.render(new Source("f", line), at(1, 1001));
    String[] parts = rendered.split("\n");
    assertEquals(200, parts[1].length());
    assertEquals('X', parts[1].charAt(parts[2].length() - 1));
    assertEquals("f:1:1: error: msg\n?x\n^\n", DiagnosticPrinter.render(new Source("f", "\u0007x"), at(1, 1)));
  }
}
