package io.kairos.compiler.deploy;

import io.kairos.compiler.deploy.mapping.MappingSummary;
import io.kairos.compiler.deploy.quantise.QuantisationReport;
import io.kairos.compiler.deploy.quantise.QuantisedNetwork;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.AtomicFiles;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesBinary;
import io.kairos.hardware.tables.CoreTablesJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A deployment: the core tables, the fixed-point networks they realise (for the reference
 * simulator), the quantisation reports, the mapping summary and the IR of the deployed model
 * (window, encoders, decoders: what exporters and code generators need besides the tables).
 */
public record DeployedNetwork(
    ChipSpec chip, CoreTables tables, List<QuantisedNetwork> networks, MappingSummary mapping, Model model) {
  public static final String TABLES_JSON = "tables.json";
  public static final String TABLES_BINARY = "tables.kct";
  public static final String CHIP_JSON = "chip.json";
  public static final String MAPPING_JSON = "mapping.json";
  public static final String QUANTISATION_JSON = "quantisation.json";
  public static final String SUMMARY_TXT = "summary.txt";
  public static final String MODEL_JSON = "model.json";

  public DeployedNetwork {
    networks = List.copyOf(networks);
  }

  public List<QuantisationReport> quantisation() {
    return networks.stream().map(QuantisedNetwork::report).toList();
  }

  /** Mapping summary and quantisation reports as text. */
  public String toText() {
    var sb = new StringBuilder(mapping.toText());
    for (QuantisationReport r : quantisation()) {
      sb.append('\n').append(r.toText());
    }
    return sb.toString();
  }

  /**
   * Writes the deploy folder: {@value #TABLES_JSON}, {@value #TABLES_BINARY}, {@value #CHIP_JSON},
   * {@value #MAPPING_JSON}, {@value #QUANTISATION_JSON}, {@value #SUMMARY_TXT}, {@value #MODEL_JSON}
   * (the IR, without weights). The folder is
   * built beside {@code dir} and renamed into place, so a reader never sees half of it; an existing
   * folder at {@code dir} is replaced.
   */
  public void writeTo(Path dir) throws IOException {
    writeTo(dir, java.util.Map.of());
  }

  /**
   * As {@link #writeTo(Path)}, with more files (name to text, e.g. the CLI's fidelity report and
   * manifest) written into the same folder before it is renamed into place.
   */
  public void writeTo(Path dir, java.util.Map<String, String> extraFiles) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    Path old = null;
    try {
      AtomicFiles.writeString(tmp.resolve(TABLES_JSON), CoreTablesJson.toJson(tables) + "\n");
      AtomicFiles.write(tmp.resolve(TABLES_BINARY), CoreTablesBinary.toBytes(tables));
      AtomicFiles.writeString(tmp.resolve(CHIP_JSON), ChipSpecLoader.toJson(chip) + "\n");
      AtomicFiles.writeString(tmp.resolve(MAPPING_JSON), DeployJson.write(mapping));
      AtomicFiles.writeString(tmp.resolve(QUANTISATION_JSON), DeployJson.write(quantisation()));
      AtomicFiles.writeString(tmp.resolve(SUMMARY_TXT), toText());
      AtomicFiles.writeString(tmp.resolve(MODEL_JSON), IrJson.write(model));
      for (var e : new java.util.TreeMap<>(extraFiles).entrySet()) {
        if (e.getKey().contains("/") || e.getKey().contains("\\") || e.getKey().startsWith(".")) {
          throw new IllegalArgumentException("not a plain file name: " + e.getKey());
        }
        AtomicFiles.writeString(tmp.resolve(e.getKey()), e.getValue());
      }
      if (Files.exists(target)) {
        old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } finally {
      deleteTree(tmp);
      deleteTree(old);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (p == null || !Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
