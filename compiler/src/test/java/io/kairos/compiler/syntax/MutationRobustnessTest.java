package io.kairos.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kairos.compiler.CompileResult;
import io.kairos.compiler.Frontend;
import io.kairos.compiler.TestSources;
import io.kairos.compiler.diagnostics.Diagnostic;
import io.kairos.compiler.diagnostics.DiagnosticPrinter;
import io.kairos.grammar.SnnLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of seeded mutations of the shipped examples (token deletions, duplications and
 * swaps, truncations, random bytes, huge identifiers, numbers and nesting): each must end in a
 * model or in diagnostics with valid positions that render, never in an exception or a hang.
 */
class MutationRobustnessTest {
  private static final long SEED = 20240607L;
  private static final int PER_KIND = 250;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard only; the suite takes a few seconds
  void mutatedExamplesNeverEscape() {
    Random random = new Random(SEED);
    List<String> originals =
        List.of(TestSources.example("s4nn-mnist.snn"), TestSources.example("spiking-gan-mnist.snn"));
    int runs = 0;
    int failures = 0;
    for (String original : originals) {
      List<String> tokens = tokens(original);
      for (int i = 0; i < PER_KIND; i++) {
        for (String mutant : mutants(original, tokens, random)) {
          runs++;
          if (compileSafely(mutant) instanceof CompileResult.Failure) {
            failures++;
          }
        }
      }
      for (int cut = 0; cut <= original.length(); cut += 3) {
        runs++;
        compileSafely(original.substring(0, cut));
      }
    }
    assertTrue(runs >= 2000, "only " + runs + " mutants");
    assertTrue(failures > runs / 2, "most mutants should be rejected: " + failures + " of " + runs);
  }

  @Test
  void pathologicalInputsGiveDiagnostics() {
    String base = TestSources.example("s4nn-mnist.snn");
    List<String> inputs = List.of(
        base.replace("window 256", "window " + "9".repeat(100_000)),
        base.replace("window 256", "window 1e99999999999999"),
        base.replace("window 256", "window 1e-99999999999999"),
        base.replace("threshold 100", "threshold " + "1".repeat(5000) + "." + "0".repeat(5000)),
        base.replace("uniform(0, 5)", "uniform" + "(".repeat(20_000) + ")".repeat(20_000)),
        base.replace("{ threshold", "{".repeat(20_000) + " threshold"),
        "\u0000\uFFFF\uD800" + base,
        "");
    for (String input : inputs) {
      assertTrue(compileSafely(input) instanceof CompileResult.Failure, "accepted: " + input.substring(0, Math.min(80, input.length())));
    }
    // A very long name is still a name.
    assertTrue(compileSafely(base.replace("S4nnMnist", "M" + "x".repeat(200_000))) instanceof CompileResult.Success);
  }

  private static List<String> mutants(String original, List<String> tokens, Random random) {
    List<String> out = new ArrayList<>();
    int n = tokens.size();
    int i = random.nextInt(n);
    int j = random.nextInt(n);
    out.add(join(tokens, i, ""));                                     // delete a token
    out.add(join(tokens, i, tokens.get(i) + tokens.get(i)));          // duplicate a token
    out.add(swap(tokens, i, j));                                      // swap two tokens
    out.add(randomBytes(original, random));                           // overwrite random characters
    out.add(join(tokens, i, longWord(random)));                       // a huge identifier or number
    out.add(edgeNumber(tokens, random));                              // a number at a type's edge
    return out;
  }

  private static final List<String> EDGES = List.of(
      "0", "-0", "1", "-1", "65535", "65536", "2147483647", "2147483648", "-2147483649",
      "9223372036854775807", "9223372036854775808", "1e308", "1e309", "4.9e-324", "1e-400", "0.5");

  /** Replaces a random number literal (or `window`) with a value at the edge of int, long or double. */
  private static String edgeNumber(List<String> tokens, Random random) {
    List<Integer> numbers = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (Character.isDigit(tokens.get(k).charAt(0)) || tokens.get(k).equals("window")) {
        numbers.add(k);
      }
    }
    int at = numbers.get(random.nextInt(numbers.size()));
    return join(tokens, at, EDGES.get(random.nextInt(EDGES.size())));
  }

  private static String longWord(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> "n" + "a".repeat(1000 + random.nextInt(20_000));
      case 1 -> "9".repeat(10 + random.nextInt(2000));
      case 2 -> "1e" + (random.nextBoolean() ? "-" : "") + "9".repeat(1 + random.nextInt(30));
      default -> "(".repeat(random.nextInt(500)) + "{".repeat(random.nextInt(500));
    };
  }

  private static String randomBytes(String original, Random random) {
    char[] chars = original.toCharArray();
    int count = 1 + random.nextInt(5);
    for (int k = 0; k < count; k++) {
      chars[random.nextInt(chars.length)] = (char) random.nextInt(random.nextBoolean() ? 128 : 0xFFFF);
    }
    return new String(chars);
  }

  private static CompileResult compileSafely(String text) {
    CompileResult result;
    try {
      result = Frontend.compile(text, "mutant.snn");
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("exception escaped for input:\n" + text.substring(0, Math.min(2000, text.length())), e);
    }
    if (result instanceof CompileResult.Failure f) {
      assertFalse(f.diagnostics().isEmpty());
      for (Diagnostic d : f.diagnostics()) {
        if (d.line() < 1 || d.column() < 1) {
          fail("bad position " + d);
        }
        String rendered = DiagnosticPrinter.render(f.source(), d);
        assertTrue(rendered.startsWith("mutant.snn:" + d.line() + ":" + d.column() + ": error: "), rendered);
      }
      assertEquals(f.diagnostics().stream().sorted(Diagnostic.BY_POSITION).toList(), f.diagnostics());
    }
    return result;
  }

  /** The file as lexer tokens including whitespace and comments, so that joining them restores it. */
  private static List<String> tokens(String text) {
    SnnLexer lexer = new SnnLexer(CharStreams.fromString(text));
    List<String> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      out.add(t.getText());
    }
    assertEquals(text, String.join("", out));
    return out;
  }

  private static String join(List<String> tokens, int at, String replacement) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < tokens.size(); k++) {
      b.append(k == at ? replacement : tokens.get(k));
    }
    return b.toString();
  }

  private static String swap(List<String> tokens, int i, int j) {
    List<String> copy = new ArrayList<>(tokens);
    String t = copy.get(i);
    copy.set(i, copy.get(j));
    copy.set(j, t);
    return String.join("", copy);
  }
}
