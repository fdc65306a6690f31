package io.kairos.cli;

import io.kairos.compiler.export.nir.NirFile;
import io.kairos.compiler.export.nir.NirImporter;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.run.AtomicFiles;
import io.kairos.compiler.run.TrainedModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kairos import FILE.nir --out RUN_DIR}: a NIR graph of dense IF layers as a run folder (or
 * only its IR, when {@code --out} ends in {@code .json}).
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a NIR graph (Input, Linear/Affine -> IF pairs, Output) as a Kairos model (docs/interchange.md).",
      "  --out DIR writes a run folder (model.json + weights); --out FILE.json writes only the IR."
    })
public final class ImportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "NIR file (HDF5)")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "RUN_DIR|FILE.json", description = "run folder or IR file to write")
  Path out;

  @Option(names = "--name", paramLabel = "NAME",
      description = "model and network name for graphs not written by Kairos; default: the file name")
  String name;

  @Option(names = "--window", paramLabel = "STEPS", defaultValue = "256",
      description = "time window for graphs that state none (default: ${DEFAULT-VALUE})")
  int window;

  @Override
  public Integer call() throws Exception {
    if (window < 3) {
      throw new UserException("--window must be at least 3 steps, got " + window);
    }
    String fallback = name != null ? name : stem(file);
    TrainedModel trained = NirImporter.toTrainedModel(NirFile.read(file), file.toString(), fallback, window);
    var w = spec.commandLine().getOut();
    String net = trained.weights().keySet().iterator().next();
    if (out.getFileName().toString().endsWith(".json")) {
      AtomicFiles.writeString(out, IrJson.write(trained.model()));
      w.println("wrote " + out + ": the IR of network " + net + " (weights not written; give a folder for a run folder)");
    } else {
      trained.save(out);
      w.println("wrote run folder " + out + ": network " + net + ", " + trained.weightsOf(net).size() + " weight matrices");
    }
    w.flush();
    return 0;
  }

  private static String stem(Path file) {
    String s = file.getFileName().toString();
    int dot = s.lastIndexOf('.');
    String base = dot > 0 ? s.substring(0, dot) : s;
    String id = base.replaceAll("[^A-Za-z0-9_]", "_");
    return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "n_" + id : id;
  }
}
