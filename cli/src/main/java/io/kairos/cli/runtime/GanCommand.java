package io.kairos.cli.runtime;

import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.run.AtomicFiles;
import io.kairos.runtime.SpikingGanModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kairos gan}: the Spiking-GAN's model, loss comparison and throughput. */
@Command(name = "gan", mixinStandardHelpOptions = true,
    description = "Spiking-GAN: print the default model, compare the S4NN and Aggressive TTFS losses, measure throughput, diagnose a generator.",
    subcommands = {GanCommand.ModelCommand.class, GanCompareCommand.class, GanBenchCommand.class, GanAnnCommand.class,
        GanDiagnoseCommand.class})
public final class GanCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code kairos gan model}: the default Spiking-GAN IR as JSON (what {@code kairos train} accepts). */
  @Command(name = "model", mixinStandardHelpOptions = true,
      description = "Print (or write) the default Spiking-GAN model as IR JSON.")
  static final class ModelCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "write the JSON here instead of printing it")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "change one setting of the default (repeatable): a dotted path to a number, boolean or "
            + "string of the model, e.g. training.batch=16, training.generatorOptimizer.lr=0.001, training.seed=8")
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      String json = IrJson.write(ModelSettings.apply(SpikingGanModels.model(SpikingGanModels.defaults()), settings));
      if (out == null) {
        spec.commandLine().getOut().println(json);
      } else {
        AtomicFiles.writeString(out, json + "\n");
      }
      return 0;
    }
  }
}
