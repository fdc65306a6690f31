package io.kairos.cli;

import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.export.codegen.JavaCodegen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kairos codegen DEPLOY_DIR --java --package P --out DIR}: standalone Java that computes the
 * deployed fixed-point network, one class per network (docs/interchange.md).
 */
@Command(
    name = "codegen",
    mixinStandardHelpOptions = true,
    description = "Generate standalone source code that computes a deployed network bit-exactly (docs/interchange.md).")
public final class CodegenCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DEPLOY_DIR", description = "deploy folder (kairos deploy --out)")
  Path deploy;

  @Option(names = "--java", description = "generate Java (the only target language so far)")
  boolean java;

  @Option(names = "--package", required = true, paramLabel = "PACKAGE", description = "Java package, e.g. com.example.net")
  String packageName;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "source tree root to write into")
  Path out;

  @Option(names = "--network", paramLabel = "NAME", description = "network to generate (repeatable); default: all")
  List<String> networks = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!java) {
      throw new UserException("choose the target language: --java (the only one so far)");
    }
    var files = JavaCodegen.generate(DeployFolder.load(deploy), networks, packageName);
    var w = spec.commandLine().getOut();
    for (Path p : JavaCodegen.write(files, out)) {
      w.println("wrote " + p);
    }
    w.flush();
    return 0;
  }
}
