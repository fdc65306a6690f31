package io.kairos.compiler.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.ir.IrFormatException;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.spec.ChipSpecLoader;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A deploy folder read back: the chip, the core tables, the model's IR and, decompiled from the
 * tables, the fixed-point network of every deployed network (docs/interchange.md, "Reading a
 * deploy folder"). Exporters read the integers from the tables, not from the compiler's memory, so
 * that what they export is what the chip would run.
 *
 * @param chip the target chip ({@code chip.json})
 * @param tables the core tables ({@code tables.json})
 * @param model the model's IR ({@code model.json})
 * @param networks the deployed networks, in port order, decompiled from the tables
 */
public record DeployFolder(ChipSpec chip, CoreTables tables, Model model, List<FixedPointNetwork> networks) {
  public DeployFolder {
    networks = List.copyOf(networks);
  }

  /** The network called {@code name}, or the only one when {@code name} is null. */
  public FixedPointNetwork network(String name) {
    if (name == null) {
      if (networks.size() != 1) {
        throw new InterchangeException(
            "the deploy folder holds " + networks.size() + " networks (" + names() + "); name one with --network");
      }
      return networks.get(0);
    }
    return networks.stream().filter(n -> n.name().equals(name)).findFirst()
        .orElseThrow(() -> new InterchangeException(
            "the deploy folder has no network " + name + "; it has " + names()));
  }

  /** The IR of a deployed network. */
  public Network irNetwork(String name) {
    return model.network(name).orElseThrow(() -> new InterchangeException(
        "model.json of the deploy folder has no network " + name));
  }

  private String names() {
    return String.join(", ", networks.stream().map(FixedPointNetwork::name).toList());
  }

  /**
   * Reads a folder written by {@code kairos deploy}.
   *
   * @throws InterchangeException when a file is missing or is not what the deployer writes
   */
  public static DeployFolder load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new InterchangeException(dir + " is not a deploy folder (not a directory)");
    }
    for (String f : List.of(DeployedNetwork.CHIP_JSON, DeployedNetwork.TABLES_JSON, DeployedNetwork.MAPPING_JSON,
        DeployedNetwork.QUANTISATION_JSON, DeployedNetwork.MODEL_JSON)) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new InterchangeException(dir + " is not a deploy folder written by this Kairos (it has no " + f + ")");
      }
    }
    ChipSpec chip;
    CoreTables tables;
    try {
      chip = ChipSpecLoader.load(dir.resolve(DeployedNetwork.CHIP_JSON));
      tables = CoreTablesJson.read(dir.resolve(DeployedNetwork.TABLES_JSON), chip);
    } catch (HardwareModelException e) {
      throw new InterchangeException(e.getMessage(), e);
    }
    Model model;
    Path modelFile = dir.resolve(DeployedNetwork.MODEL_JSON);
    try {
      model = IrJson.read(Files.readString(modelFile));
    } catch (IrFormatException e) {
      throw new InterchangeException(modelFile + ": " + e.getMessage(), e);
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode mapping = readJson(json, dir.resolve(DeployedNetwork.MAPPING_JSON));
    JsonNode quantisation = readJson(json, dir.resolve(DeployedNetwork.QUANTISATION_JSON));
    DatapathWidths widths;
    try {
      widths = DatapathWidths.of(chip);
    } catch (RuntimeException e) {
      throw new InterchangeException(e.getMessage(), e);
    }
    List<FixedPointNetwork> nets = new ArrayList<>();
    for (JsonNode ports : mapping.path("networks")) {
      String name = ports.path("network").asText();
      Network ir = model.network(name).orElseThrow(() -> new InterchangeException(
          modelFile + " has no network " + name + " although the tables deploy it"));
      nets.add(TablesDecompiler.decompile(tables, widths, model.window(), ir, ports, report(quantisation, name)));
    }
    if (nets.isEmpty()) {
      throw new InterchangeException(dir.resolve(DeployedNetwork.MAPPING_JSON) + " lists no deployed network");
    }
    return new DeployFolder(chip, tables, model, nets);
  }

  private static JsonNode report(JsonNode quantisation, String network) {
    for (JsonNode r : quantisation) {
      if (r.path("network").asText().equals(network)) {
        return r;
      }
    }
    throw new InterchangeException("quantisation.json has no report of network " + network);
  }

  private static JsonNode readJson(ObjectMapper json, Path file) throws IOException {
    try {
      return json.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InterchangeException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
