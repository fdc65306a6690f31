package io.kairos.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare losses.")
final class GanCompareCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
