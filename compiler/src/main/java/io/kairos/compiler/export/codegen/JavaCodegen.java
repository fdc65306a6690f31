package io.kairos.compiler.export.codegen;

import com.palantir.javapoet.JavaFile;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.run.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code kairos codegen}: one generated Java class per deployed network, written as a source tree. */
public final class JavaCodegen {
  private JavaCodegen() {}

  /** The Java files of the named networks (all deployed networks when {@code networks} is empty). */
  public static List<JavaFile> generate(DeployFolder folder, List<String> networks, String packageName) {
    CodegenPlanner.checkPackage(packageName);
    List<String> names = networks.isEmpty()
        ? folder.networks().stream().map(FixedPointNetwork::name).toList() : networks;
    List<JavaFile> files = new ArrayList<>();
    for (String n : names) {
      files.add(JavaNetworkWriter.render(CodegenPlanner.plan(folder, n, packageName)));
    }
    return files;
  }

  /** Writes each file under {@code outDir} at its package path, atomically; returns the paths. */
  public static List<Path> write(List<JavaFile> files, Path outDir) throws IOException {
    List<Path> written = new ArrayList<>();
    for (JavaFile f : files) {
      Path dir = outDir;
      for (String part : f.packageName().split("\\.")) {
        dir = dir.resolve(part);
      }
      Path file = dir.resolve(f.typeSpec().name() + ".java");
      AtomicFiles.writeString(file, f.toString());
      written.add(file);
    }
    return written;
  }
}
