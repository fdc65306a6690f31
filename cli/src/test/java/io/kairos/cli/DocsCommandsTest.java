package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The docs cannot rot (docs/architecture.md, "Commands in the docs are tested"): every {@code
 * kairos} command line in a fenced code block of README.md or docs/*.md is parsed against the
 * command model (an unknown subcommand or option, a missing required option or a badly typed
 * value fails), and the cheap read-only ones ({@code check}, {@code ir}, {@code --help}) are run
 * and must succeed. Long commands (train, demo, deploy, ...) are run by the tests of their
 * commands with tiny settings, not here.
 */
class DocsCommandsTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A command line found in a doc. */
  record DocCommand(Path file, int line, List<String> args) {
    String where() {
      return ROOT.relativize(file) + ":" + line + ": kairos " + String.join(" ", args);
    }
  }

  static List<Path> docs() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  static List<DocCommand> commands() throws IOException {
    List<DocCommand> out = new ArrayList<>();
    for (Path f : docs()) {
      List<String> lines = Files.readAllLines(f);
      boolean fenced = false;
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).strip();
        if (l.startsWith("```")) {
          fenced = !fenced;
          continue;
        }
        if (!fenced) {
          continue;
        }
        int first = i;
        String cmd = l.startsWith("$ ") ? l.substring(2) : l;
        while (cmd.endsWith("\\") && i + 1 < lines.size()) {
          cmd = cmd.substring(0, cmd.length() - 1) + " " + lines.get(++i).strip();
        }
        cmd = cmd.replaceFirst("^([A-Z_][A-Z0-9_]*=\\S*\\s+)+", ""); // environment assignments, e.g. OMP_NUM_THREADS=1
        if (cmd.startsWith("./kairos ") || cmd.startsWith("kairos ") || cmd.equals("./kairos") || cmd.equals("kairos")) {
          out.add(new DocCommand(f, first + 1, words(cmd.substring(cmd.indexOf("kairos") + "kairos".length()))));
        }
      }
    }
    return out;
  }

  /** Shell words: whitespace-separated, single or double quotes group, an unquoted {@code #} word starts a comment. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = null;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        w = w == null ? new StringBuilder() : w;
      } else if (Character.isWhitespace(c)) {
        if (w != null) {
          out.add(w.toString());
          w = null;
        }
      } else if (c == '#' && w == null) {
        break;
      } else if ((c == '|' || c == '>' || c == ';' || c == '&') && w == null) {
        break; // the rest is the shell's business (pipes, redirections)
      } else {
        w = w == null ? new StringBuilder() : w;
        w.append(c);
      }
    }
    if (w != null) {
      out.add(w.toString());
    }
    return out;
  }

  @Test
  void theDocsShowKairosCommands() throws IOException {
    List<DocCommand> all = commands();
    assertTrue(all.size() >= 15, "expected the docs to show many commands, found " + all.size());
    assertTrue(all.stream().anyMatch(c -> c.file().endsWith("README.md") && c.args().equals(List.of("demo"))),
        "README shows ./kairos demo");
  }

  @Test
  void everyDocumentedCommandParses() throws IOException {
    List<String> failures = new ArrayList<>();
    for (DocCommand c : commands()) {
      try {
        KairosCommand.commandLine().parseArgs(c.args().toArray(new String[0]));
      } catch (CommandLine.ParameterException e) {
        failures.add(c.where() + "\n    " + e.getMessage());
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " documented command(s) do not parse:\n" + String.join("\n", failures));
    }
  }

  @Test
  void theCheapDocumentedCommandsRun() throws IOException {
    int ran = 0;
    for (DocCommand c : commands()) {
      List<String> a = c.args();
      boolean cheap = a.isEmpty() || a.contains("--help") || a.contains("--version")
          || (a.get(0).equals("check") || a.get(0).equals("ir")) && a.stream().noneMatch(x -> x.contains("FILE"));
      if (!cheap) {
        continue;
      }
      List<String> args = new ArrayList<>();
      for (String x : a) {
        args.addAll(expand(x));
      }
      var out = new StringWriter();
      var err = new StringWriter();
      var cl = KairosCommand.commandLine();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int status = cl.execute(args.toArray(new String[0]));
      assertEquals(0, status, c.where() + "\n" + err);
      ran++;
    }
    assertTrue(ran >= 2, "ran " + ran + " documented commands");
  }

  /** A path relative to the checkout made absolute (the tests run in cli/), globs expanded as the shell would. */
  static List<String> expand(String word) throws IOException {
    if (word.startsWith("-") || !(word.contains("/") || word.endsWith(".snn") || word.endsWith(".json"))) {
      return List.of(word);
    }
    if (!word.contains("*")) {
      Path p = ROOT.resolve(word);
      return List.of(Files.exists(p) ? p.toString() : word);
    }
    var matcher = FileSystems.getDefault().getPathMatcher("glob:" + word);
    Path dir = ROOT.resolve(word.substring(0, Math.max(0, word.lastIndexOf('/'))));
    try (Stream<Path> s = Files.list(dir)) {
      List<String> hits = s.filter(p -> matcher.matches(ROOT.relativize(p))).map(Path::toString).sorted().toList();
      return hits.isEmpty() ? List.of(word) : hits;
    }
  }
}
