package io.kairos.cli.runtime;

import io.kairos.runtime.bench.Nd4jDenseForward;
import io.kairos.runtime.bench.S4nnBenchmark;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kairos bench s4nn}: S4NN training and inference throughput. */
@Command(name = "s4nn", mixinStandardHelpOptions = true,
    description = "S4NN (784-400-10) training and inference throughput, medians over repeats.")
public final class BenchS4nnCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "MNIST IDX folder (default: the shipped digits)")
  Path data;

  @Option(names = "--repeats", paramLabel = "N", description = "timed repeats per figure (default 5)")
  int repeats = 5;

  @Option(names = "--images", paramLabel = "N", description = "images per repeat (default 8000)")
  int images = 8000;

  @Option(names = "--seed", paramLabel = "N", description = "seed (default 1)")
  long seed = 1;

  @Option(names = "--nd4j", description = "also time a dense ND4J forward pass computed per time step, like the NumPy reference")
  boolean nd4j;

  @Override
  public Integer call() {
    if (repeats < 1 || images < 32) {
      throw new io.kairos.cli.UserException("--repeats must be >= 1 and --images >= 32");
    }
    PrintWriter out = spec.commandLine().getOut();
    TrainTestData d = data == null ? MnistFolder.shipped() : MnistFolder.load(data);
    out.println("kairos bench s4nn: " + d.description() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    S4nnBenchmark.Result r = S4nnBenchmark.run(d, repeats, images, seed, s -> {
      out.println(s);
      out.flush();
    });
    var a = r.activity();
    out.printf(Locale.ROOT, "spikes per image after 1 epoch: input %.1f, hidden %.1f, output %.1f%n",
        a.inputSpikes(), a.hiddenSpikes(), a.outputSpikes());
    var b = r.beforeDecision();
    out.printf(Locale.ROOT, "spikes per image before the decision (mean decision time %.1f): input %.1f, hidden %.1f%n",
        r.meanDecisionTime(), b.inputSpikes(), b.hiddenSpikes());
    out.printf(Locale.ROOT, "synaptic events per image: full pass %.0f, to decision %.0f%n",
        a.inputSpikes() * a.hidden() + a.hiddenSpikes() * a.outputs(),
        b.inputSpikes() * b.hidden() + b.hiddenSpikes() * b.outputs());
    if (nd4j) {
      out.flush();
      double ips = Nd4jDenseForward.imagesPerSecond(d.train(), 200, seed);
      out.printf(Locale.ROOT, "%-36s %8.0f img/s (dense ND4J gemm over all %d time steps, 1 run of 200 images)%n",
          "ND4J dense inference", ips, 257);
      double adds = Nd4jDenseForward.rowAddsPerSecond(d.train(), 2000, seed);
      out.printf(Locale.ROOT, "%-36s %8.0f img/s (hidden-layer v.addi(row) per input spike only, 1 run of 2000 images)%n",
          "ND4J event-driven row adds", adds);
    }
    return 0;
  }
}
