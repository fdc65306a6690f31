package io.kairos.cli.chip;

import io.kairos.cli.UserException;
import io.kairos.compiler.deploy.DeployJson;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.mapping.MappingSummary;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesBinary;
import io.kairos.hardware.tables.CoreTablesJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A deploy folder read back (docs/quantisation.md, "Core tables and deploy folder"): the chip spec,
 * the core tables (validated against it on loading: references, widths, per-core limits), the IR
 * without weights, and where each network's ports and layers are.
 *
 * @param dir the folder
 * @param chip {@code chip.json}
 * @param tables {@code tables.kct}, or {@code tables.json} when there is no binary image
 * @param model {@code model.json}
 * @param mapping {@code mapping.json}
 */
public record DeployFolder(Path dir, ChipSpec chip, CoreTables tables, Model model, MappingSummary mapping) {
  public static DeployFolder load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserException(dir + " is not a folder (expected a deploy folder written by `kairos deploy`)");
    }
    ChipSpec chip = ChipSpecLoader.load(require(dir, DeployedNetwork.CHIP_JSON));
    Path kct = dir.resolve(DeployedNetwork.TABLES_BINARY);
    CoreTables tables = Files.isRegularFile(kct)
        ? CoreTablesBinary.read(kct, chip)
        : CoreTablesJson.read(require(dir, DeployedNetwork.TABLES_JSON), chip);
    Model model = IrJson.read(read(require(dir, DeployedNetwork.MODEL_JSON)));
    Path mp = require(dir, DeployedNetwork.MAPPING_JSON);
    MappingSummary mapping;
    try {
      mapping = DeployJson.mapper().readValue(read(mp), MappingSummary.class);
    } catch (IOException e) {
      throw new UserException(mp + ": not a mapping summary: " + e.getMessage().lines().findFirst().orElse(""));
    }
    DeployFolder f = new DeployFolder(dir, chip, tables, model, mapping);
    f.checkPorts();
    return f;
  }

  /** The ports of network {@code name}, or of the first deployed network when {@code name} is null. */
  public MappingSummary.NetworkPorts network(String name) {
    if (mapping.networks().isEmpty()) {
      throw new UserException(dir + ": the mapping lists no network");
    }
    if (name == null) {
      return mapping.networks().get(0);
    }
    return mapping.networks().stream().filter(n -> n.network().equals(name)).findFirst()
        .orElseThrow(() -> new UserException("the deploy folder has no network " + name + "; it has "
            + mapping.networks().stream().map(MappingSummary.NetworkPorts::network).toList()));
  }

  private void checkPorts() {
    for (var n : mapping.networks()) {
      if (model.network(n.network()).isEmpty()) {
        throw new UserException(dir + ": network " + n.network() + " of mapping.json is not in model.json");
      }
      if (n.firstInputPort() < 0 || n.firstInputPort() + n.inputs() > tables.inputs().size()) {
        throw new UserException(dir + ": network " + n.network() + " has input ports " + n.firstInputPort() + ".."
            + (n.firstInputPort() + n.inputs() - 1) + " but the tables have " + tables.inputs().size());
      }
      if (n.firstOutput() < 0 || n.firstOutput() + n.outputs() > tables.outputs().size()) {
        throw new UserException(dir + ": network " + n.network() + " has outputs " + n.firstOutput() + ".."
            + (n.firstOutput() + n.outputs() - 1) + " but the tables have " + tables.outputs().size());
      }
      for (String layer : n.layers()) {
        if (tables.layers().stream().noneMatch(l -> l.name().equals(layer))) {
          throw new UserException(dir + ": layer " + layer + " of network " + n.network() + " is not in the tables");
        }
      }
      int inputs = model.network(n.network()).flatMap(net -> model.encoder(net.input())).map(e -> e.size()).orElse(-1);
      if (inputs != n.inputs()) {
        throw new UserException(dir + ": network " + n.network() + " has " + n.inputs() + " input ports but its encoder "
            + "in model.json codes " + inputs + " inputs");
      }
    }
  }

  private static Path require(Path dir, String name) {
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new UserException(p + " is missing: " + dir + " is not a complete deploy folder");
    }
    return p;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UserException("cannot read " + p + ": " + e.getMessage());
    }
  }
}
