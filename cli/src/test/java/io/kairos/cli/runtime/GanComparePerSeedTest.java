package io.kairos.cli.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.runtime.gan.GanEpochMetrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GanComparePerSeedTest {
  private static GanCompareCommand.RunResult fd(double fd) {
    var q = new GanEpochMetrics.QualityLine(2000, fd, 2.61, 5, 0.6, 0.01, new double[10]);
    return new GanCompareCommand.RunResult(null, q, 1, 1, 1);
  }

  @Test
  void listsEveryRunsFdAndEachSeedsRatioToTheAnnGanOfTheSameSeed() {
    Map<String, List<GanCompareCommand.RunResult>> results = new LinkedHashMap<>();
    results.put("s4nn", List.of(fd(49.09), fd(55.83), fd(54.31)));
    results.put("aggressive_ttfs", List.of(fd(49.73), fd(54.72), fd(53.0)));
    results.put("ann_gan", List.of(fd(34.37), fd(39.18), fd(36.19)));
    // The ratio of the means is 1.451, under 1.5; seed 9's own ratio is not.
    assertEquals(List.of(
        "FD per seed:",
        "  s4nn 49.09 / 55.83 / 54.31",
        "  aggressive_ttfs 49.73 / 54.72 / 53.00",
        "  ann_gan 34.37 / 39.18 / 36.19",
        "  s4nn / ann_gan 1.428 / 1.425 / 1.501",
        "  aggressive_ttfs / ann_gan 1.447 / 1.397 / 1.464"), GanCompareCommand.perSeedFd(results));
  }

  @Test
  void withoutTheAnnGanThereAreNoRatios() {
    Map<String, List<GanCompareCommand.RunResult>> results = new LinkedHashMap<>();
    results.put("s4nn", List.of(fd(60.0)));
    results.put("aggressive_ttfs", List.of(fd(61.5)));
    assertEquals(List.of("FD per seed:", "  s4nn 60.00", "  aggressive_ttfs 61.50"), GanCompareCommand.perSeedFd(results));
  }
}
