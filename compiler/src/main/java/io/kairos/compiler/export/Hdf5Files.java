package io.kairos.compiler.export;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * HDF5 through jHDF, for the exporters: atomic writes, reads that turn a corrupt file into an
 * {@link InterchangeException}, and conversions of whatever numeric type a dataset holds.
 */
public final class Hdf5Files {
  static {
    // jHDF logs through SLF4J; without a provider SLF4J prints a warning on every command line run
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  private Hdf5Files() {}

  /**
   * Writes an HDF5 file beside {@code file} and renames it into place, so a reader never sees a
   * half-written file.
   */
  public static void writeAtomically(Path file, Consumer<WritableHdfFile> content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (WritableHdfFile h = HdfFile.write(tmp)) {
        content.accept(h);
      }
      try {
        // temporary files are private; an exported file is meant to be shared like any other output
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep the default permissions
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Opens an HDF5 file and applies {@code reader} to it.
   *
   * @throws InterchangeException when the file is not HDF5, is damaged, or lacks what the reader needs
   */
  public static <T> T read(Path file, Function<HdfFile, T> reader) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    try (HdfFile h = new HdfFile(file)) {
      return reader.apply(h);
    } catch (InterchangeException e) {
      throw e;
    } catch (RuntimeException e) {
      // jHDF reports damage with many exception types (its own, arithmetic, buffer, index, ...);
      // the reader lambdas only parse, so any failure inside them means the file is damaged
      throw new InterchangeException(file + " is not a readable HDF5 file (" + describe(e) + ")", e);
    }
  }

  private static String describe(RuntimeException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** The child of {@code group} called {@code name}, as a dataset. */
  public static Dataset dataset(Group group, String name, String where) {
    Node n = group.getChildren().get(name);
    if (!(n instanceof Dataset d)) {
      throw new InterchangeException(where + " has no dataset " + group.getPath() + name);
    }
    return d;
  }

  /** The child of {@code group} called {@code name}, as a group. */
  public static Group group(Group parent, String name, String where) {
    Node n = parent.getChildren().get(name);
    if (!(n instanceof Group g)) {
      throw new InterchangeException(where + " has no group " + parent.getPath() + name);
    }
    return g;
  }

  /** A string dataset, scalar or one element long. */
  public static String string(Dataset d, String where) {
    Object v = d.getData();
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof String[] a && a.length == 1) {
      return a[0];
    }
    throw new InterchangeException(where + ": " + d.getPath() + " is not a string");
  }

  /** A numeric dataset of any shape, flattened in C order, as doubles. */
  public static double[] doubles(Dataset d, String where) {
    Object v = d.getData();
    if (v instanceof Number n) {
      return new double[] {n.doubleValue()};
    }
    if (v == null || !v.getClass().isArray()) {
      throw new InterchangeException(where + ": " + d.getPath() + " is not numeric");
    }
    java.util.List<Double> out = new java.util.ArrayList<>();
    flatten(v, out, d.getPath(), where);
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A numeric scalar (or one-element) dataset. */
  public static double scalar(Dataset d, String where) {
    double[] v = doubles(d, where);
    if (v.length != 1) {
      throw new InterchangeException(where + ": " + d.getPath() + " should hold one number, holds " + v.length);
    }
    return v[0];
  }

  private static void flatten(Object array, java.util.List<Double> out, String path, String where) {
    int n = Array.getLength(array);
    for (int i = 0; i < n; i++) {
      Object e = Array.get(array, i);
      if (e instanceof Number x) {
        out.add(x.doubleValue());
      } else if (e != null && e.getClass().isArray()) {
        flatten(e, out, path, where);
      } else {
        throw new InterchangeException(where + ": " + path + " is not numeric");
      }
    }
  }
}
