package io.kairos.compiler.check;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import java.util.List;

/** K015: exactly one {@code window}; at most one {@code train} and one {@code deploy}. */
final class ModelLevelCheck implements Check {
  @Override
  public void run(CheckContext context) {
    List<Declaration.Window> windows = context.file().all(Declaration.Window.class);
    if (windows.isEmpty()) {
      context.report(DiagnosticCode.K015, context.file().name().span(),
          "model '" + context.file().name().text() + "' needs a window, e.g. `window 256`");
    }
    atMostOne(context, windows, "window");
    atMostOne(context, context.file().all(Declaration.Train.class), "train");
    atMostOne(context, context.file().all(Declaration.Deploy.class), "deploy");
  }

  private static void atMostOne(CheckContext context, List<? extends Declaration> found, String keyword) {
    for (int i = 1; i < found.size(); i++) {
      context.report(DiagnosticCode.K015, found.get(i).span(),
          "a model has at most one " + keyword + " declaration (first at " + Where.at(found.get(0).span()) + ")");
    }
  }
}
