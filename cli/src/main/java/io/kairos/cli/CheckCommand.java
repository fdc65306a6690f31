package io.kairos.cli;

import io.kairos.compiler.CompileResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kairos check FILE...}: compiles each file and reports its errors. Prints
 * {@code FILE: ok} on stdout per good file; for a bad file, every error on stderr as
 * {@code path:line:col: error: message} with the source line and a caret. Exit 0 when all files
 * are good, 2 otherwise.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = KairosVersion.class,
    description = {
      "Check .snn model files and report every error (path:line:col, source line, caret).",
      "Prints 'FILE: ok' for each file without errors. Exit status: 0 all good, 2 errors found."
    })
final class CheckCommand implements Callable<Integer> {
  /** The command's inputs, bound once. */
  record Options(List<Path> files) {
    Options {
      files = List.copyOf(files);
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .snn files to check.")
  List<Path> files;

  @Override
  public Integer call() {
    Options options = new Options(files);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allGood = true;
    for (Path file : options.files()) {
      try {
        CompileResult result = SourceFiles.compile(file);
        if (result instanceof CompileResult.Failure failure) {
          err.print(failure.render());
          allGood = false;
        } else {
          out.println(file + ": ok");
        }
      } catch (UserException e) {
        err.println("error: " + e.getMessage());
        allGood = false;
      }
    }
    out.flush();
    err.flush();
    return allGood ? ExitCodes.OK : ExitCodes.USER_ERROR;
  }
}
