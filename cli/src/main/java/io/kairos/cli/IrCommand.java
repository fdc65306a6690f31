package io.kairos.cli;

import io.kairos.compiler.CompileResult;
import io.kairos.compiler.ir.IrJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kairos ir FILE}: the checked model as IR JSON on stdout, or its errors on stderr (exit 2). */
@Command(
    name = "ir",
    mixinStandardHelpOptions = true,
    versionProvider = KairosVersion.class,
    description = {
      "Compile a .snn model file and print its IR as JSON on stdout.",
      "On errors, prints them like 'kairos check' and exits with status 2."
    })
final class IrCommand implements Callable<Integer> {
  /** The command's inputs, bound once. */
  record Options(Path file) {}

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", description = "The .snn file to compile.")
  Path file;

  @Override
  public Integer call() {
    Options options = new Options(file);
    CompileResult result = SourceFiles.compile(options.file());
    if (result instanceof CompileResult.Failure failure) {
      PrintWriter err = spec.commandLine().getErr();
      err.print(failure.render());
      err.flush();
      return ExitCodes.USER_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(IrJson.write(((CompileResult.Success) result).model()));
    out.flush();
    return ExitCodes.OK;
  }
}
