package io.kairos.compiler.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.compiler.deploy.DeployJson;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.deploy.mapping.MappingSummary;
import io.kairos.compiler.deploy.mapping.MappingSummary.NetworkPorts;
import io.kairos.compiler.ir.IrFormatException;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesBinary;
import io.kairos.hardware.tables.CoreTablesJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A deploy folder read back (docs/interchange.md, "Reading a deploy folder"; docs/quantisation.md,
 * "Core tables and deploy folder"): the chip, the core tables (validated against the chip on
 * loading), the model's IR without weights, and where each deployed network's ports and layers are
 * in the tables, checked against the tables and the IR. This is the one reader of the folder that
 * {@link DeployedNetwork#writeTo} writes: the chip commands run its tables, the exporters and the
 * code generator its fixed-point networks.
 *
 * <p>The fixed-point networks are decompiled from the tables ({@link #networks()}) on first use
 * only, so that running the tables on the hardware model neither needs {@code quantisation.json}
 * nor tables with the deployer's exact layout. Exporters read the integers from the tables, not
 * from the compiler's memory, so that what they export is what the chip would run.
 *
 * <p>Every problem with the folder (a missing or corrupt file, files that disagree) is an {@link
 * InterchangeException} whose message is one sentence naming the file or folder.
 */
public final class DeployFolder {
  private final Path dir;
  private final ChipSpec chip;
  private final CoreTables tables;
  private final Model model;
  private final MappingSummary mapping;
  private List<FixedPointNetwork> networks;

  private DeployFolder(Path dir, ChipSpec chip, CoreTables tables, Model model, MappingSummary mapping) {
    this.dir = dir;
    this.chip = chip;
    this.tables = tables;
    this.model = model;
    this.mapping = mapping;
  }

  /**
   * Reads a folder written by {@code kairos deploy}: {@code chip.json}, {@code tables.kct} (or
   * {@code tables.json} when there is no binary image), {@code model.json} and {@code mapping.json}.
   *
   * @throws InterchangeException when the folder or one of those files is missing, is not what the
   *     deployer writes, or disagrees with the others
   */
  public static DeployFolder load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InterchangeException(dir + " is not a folder (expected a deploy folder written by `kairos deploy`)");
    }
    Path chipFile = require(dir, DeployedNetwork.CHIP_JSON);
    Path kct = dir.resolve(DeployedNetwork.TABLES_BINARY);
    boolean binary = Files.isRegularFile(kct);
    Path tablesFile = binary ? kct : require(dir, DeployedNetwork.TABLES_JSON);
    Path modelFile = require(dir, DeployedNetwork.MODEL_JSON);
    Path mappingFile = require(dir, DeployedNetwork.MAPPING_JSON);
    ChipSpec chip;
    CoreTables tables;
    try {
      chip = ChipSpecLoader.load(chipFile);
      tables = binary ? CoreTablesBinary.read(kct, chip) : CoreTablesJson.read(tablesFile, chip);
    } catch (HardwareModelException e) {
      throw new InterchangeException(e.getMessage(), e);
    }
    Model model;
    try {
      model = IrJson.read(read(modelFile));
    } catch (IrFormatException e) {
      throw new InterchangeException(modelFile + ": " + e.getMessage(), e);
    }
    DeployFolder f = new DeployFolder(dir, chip, tables, model, readMapping(mappingFile));
    f.checkPorts();
    return f;
  }

  /**
   * Reads a deploy folder's {@code mapping.json} on its own (the report shows it without running
   * anything).
   *
   * @throws InterchangeException when it cannot be read or is not a mapping summary
   */
  public static MappingSummary readMapping(Path mappingFile) {
    MappingSummary m;
    try {
      m = DeployJson.mapper().readValue(read(mappingFile), MappingSummary.class);
    } catch (IOException e) {
      throw new InterchangeException(
          mappingFile + ": not a mapping summary: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (m == null) {
      throw new InterchangeException(mappingFile + ": not a mapping summary: it holds null");
    }
    return m;
  }

  /** The folder read. */
  public Path dir() {
    return dir;
  }

  /** The target chip ({@code chip.json}). */
  public ChipSpec chip() {
    return chip;
  }

  /** The core tables ({@code tables.kct}, or {@code tables.json} when there is no binary image). */
  public CoreTables tables() {
    return tables;
  }

  /** The model's IR without weights ({@code model.json}). */
  public Model model() {
    return model;
  }

  /** Where each deployed network's ports and layers are ({@code mapping.json}). */
  public MappingSummary mapping() {
    return mapping;
  }

  /**
   * The ports of network {@code name}, or of the first deployed network when {@code name} is null
   * (what the chip commands feed by default).
   */
  public NetworkPorts ports(String name) {
    if (name == null) {
      return mapping.networks().get(0);
    }
    return mapping.networks().stream().filter(n -> n.network().equals(name)).findFirst()
        .orElseThrow(() -> new InterchangeException("the deploy folder has no network " + name + "; it has " + names()));
  }

  /**
   * The deployed networks, in port order, decompiled from the tables (and the exponents in {@code
   * quantisation.json}); decompiled once, on the first call.
   *
   * @throws InterchangeException when {@code quantisation.json} is missing or corrupt, or the
   *     tables do not have the deployer's layout
   */
  public synchronized List<FixedPointNetwork> networks() {
    if (networks == null) {
      networks = decompile();
    }
    return networks;
  }

  /**
   * The fixed-point network called {@code name}, or the only one when {@code name} is null (an
   * exporter is told which one to export when there are several).
   */
  public FixedPointNetwork network(String name) {
    if (name == null) {
      if (mapping.networks().size() != 1) {
        throw new InterchangeException("the deploy folder holds " + mapping.networks().size() + " networks (" + names()
            + "); name one with --network");
      }
      return networks().get(0);
    }
    ports(name); // refuses an unknown name before decompiling anything
    return networks().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
  }

  /** The IR of a deployed network. */
  public Network irNetwork(String name) {
    return model.network(name).orElseThrow(() -> new InterchangeException(
        "model.json of the deploy folder has no network " + name));
  }

  private String names() {
    return String.join(", ", mapping.networks().stream().map(NetworkPorts::network).toList());
  }

  /** The mapping's port ranges and layer names against the tables, its networks against the IR. */
  private void checkPorts() {
    if (mapping.networks().isEmpty()) {
      throw new InterchangeException(dir.resolve(DeployedNetwork.MAPPING_JSON) + " lists no deployed network");
    }
    for (var n : mapping.networks()) {
      if (model.network(n.network()).isEmpty()) {
        throw new InterchangeException(dir + ": network " + n.network() + " of mapping.json is not in model.json");
      }
      if (n.firstInputPort() < 0 || n.firstInputPort() + n.inputs() > tables.inputs().size()) {
        throw new InterchangeException(dir + ": network " + n.network() + " has input ports " + n.firstInputPort() + ".."
            + (n.firstInputPort() + n.inputs() - 1) + " but the tables have " + tables.inputs().size());
      }
      if (n.firstOutput() < 0 || n.firstOutput() + n.outputs() > tables.outputs().size()) {
        throw new InterchangeException(dir + ": network " + n.network() + " has outputs " + n.firstOutput() + ".."
            + (n.firstOutput() + n.outputs() - 1) + " but the tables have " + tables.outputs().size());
      }
      for (String layer : n.layers()) {
        if (tables.layers().stream().noneMatch(l -> l.name().equals(layer))) {
          throw new InterchangeException(dir + ": layer " + layer + " of network " + n.network() + " is not in the tables");
        }
      }
      int inputs = model.network(n.network()).flatMap(net -> model.encoder(net.input())).map(e -> e.size()).orElse(-1);
      if (inputs != n.inputs()) {
        throw new InterchangeException(dir + ": network " + n.network() + " has " + n.inputs()
            + " input ports but its encoder in model.json codes " + inputs + " inputs");
      }
    }
  }

  private List<FixedPointNetwork> decompile() {
    Path qFile = require(dir, DeployedNetwork.QUANTISATION_JSON);
    JsonNode quantisation;
    try {
      quantisation = DeployJson.mapper().readTree(read(qFile));
    } catch (JsonProcessingException e) {
      throw new InterchangeException(qFile + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    DatapathWidths widths;
    try {
      widths = DatapathWidths.of(chip);
    } catch (RuntimeException e) {
      throw new InterchangeException(e.getMessage(), e);
    }
    List<FixedPointNetwork> nets = new ArrayList<>();
    for (NetworkPorts ports : mapping.networks()) {
      Network ir = model.network(ports.network()).orElseThrow(); // checkPorts made sure
      nets.add(TablesDecompiler.decompile(tables, widths, model.window(), ir, ports, report(quantisation, ir.name())));
    }
    return List.copyOf(nets);
  }

  private static JsonNode report(JsonNode quantisation, String network) {
    for (JsonNode r : quantisation) {
      if (r.path("network").asText().equals(network)) {
        return r;
      }
    }
    throw new InterchangeException("quantisation.json has no report of network " + network);
  }

  private static Path require(Path dir, String name) {
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new InterchangeException(p + " is missing: " + dir + " is not a deploy folder written by `kairos deploy`");
    }
    return p;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new InterchangeException("cannot read " + p + ": " + Objects.toString(e.getMessage(), e.toString()), e);
    }
  }
}
