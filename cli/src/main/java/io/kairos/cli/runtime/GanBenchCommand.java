package io.kairos.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "GAN throughput.")
final class GanBenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
