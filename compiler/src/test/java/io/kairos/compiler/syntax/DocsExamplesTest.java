package io.kairos.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.CompileResult;
import io.kairos.compiler.Frontend;
import io.kairos.compiler.TestSources;
import io.kairos.compiler.diagnostics.DiagnosticCode;
import io.kairos.compiler.diagnostics.Source;
import io.kairos.grammar.SnnParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/dsl.md stays true: its {@code ```snn} blocks that start with {@code model} compile without
 * diagnostics, the other blocks parse as declarations, and its error table lists every code.
 */
class DocsExamplesTest {
  private static final String DOC = TestSources.read(TestSources.repoFile("docs/dsl.md"));

  @Test
  void snnBlocksCompileOrParse() {
    List<String> blocks = snnBlocks(DOC);
    assertTrue(blocks.size() >= 10, "found only " + blocks.size() + " snn blocks");
    int models = 0;
    for (String block : blocks) {
      if (isCompleteModel(block)) {
        models++;
        CompileResult r = Frontend.compile(block, "docs/dsl.md block");
        if (r instanceof CompileResult.Failure f) {
          throw new AssertionError("a model block in docs/dsl.md has errors:\n" + f.render());
        }
      } else {
        var result = SnnSyntax.parse(new Source("docs/dsl.md block", block), SnnParser::standaloneDeclarations);
        assertEquals(List.of(), result.diagnostics(), "fragment does not parse:\n" + block);
      }
    }
    assertTrue(models >= 2, "expected complete models in the doc, found " + models);
  }

  @Test
  void errorTableListsEveryCodeWithItsSummary() {
    for (DiagnosticCode code : DiagnosticCode.values()) {
      assertTrue(DOC.contains("| " + code + " | " + code.summary() + " |"), "docs/dsl.md lacks the row of " + code);
    }
  }

  private static boolean isCompleteModel(String block) {
    return block.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("//"))
        .findFirst()
        .map(l -> l.startsWith("model "))
        .orElse(false);
  }

  static List<String> snnBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : markdown.split("\n", -1)) {
      if (current == null && line.strip().equals("```snn")) {
        current = new StringBuilder();
      } else if (current != null && line.strip().equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }
}
