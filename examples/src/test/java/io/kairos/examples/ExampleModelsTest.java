package io.kairos.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kairos.compiler.CompileResult;
import io.kairos.compiler.Frontend;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.runtime.SpikingGanModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * examples/spiking-gan-mnist.snn (what `kairos demo` trains) says the same as the measured default
 * of `kairos gan model` (examples/models/spiking-gan-mnist.json), apart from names and the deploy
 * block: when the GAN default changes, this test asks for the .snn file to follow.
 */
class ExampleModelsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theExampleGanIsTheMeasuredDefault() throws Exception {
    Model snn = ((CompileResult.Success) Frontend.compile(Path.of("spiking-gan-mnist.snn"))).model();
    Model byDefault = SpikingGanModels.model(SpikingGanModels.defaults());
    assertEquals(normalised(IrJson.write(byDefault)).toPrettyString(), normalised(IrJson.write(snn)).toPrettyString());
    assertEquals(normalised(IrJson.write(byDefault)).toPrettyString(),
        normalised(java.nio.file.Files.readString(Path.of("models", "spiking-gan-mnist.json"))).toPrettyString());
  }

  /** Names lower-cased, the model's own name and deploy block dropped, encoders in name order. */
  static JsonNode normalised(String ir) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(ir);
    root.remove("name");
    root.remove("deployment");
    lower(root);
    ArrayNode enc = (ArrayNode) root.get("encoders");
    List<JsonNode> sorted = new ArrayList<>();
    enc.forEach(sorted::add);
    sorted.sort(Comparator.comparing(n -> n.get("name").asText()));
    enc.removeAll();
    sorted.forEach(enc::add);
    return root;
  }

  private static void lower(JsonNode n) {
    if (n instanceof ObjectNode o) {
      var names = new ArrayList<String>();
      o.fieldNames().forEachRemaining(names::add);
      for (String f : names) {
        JsonNode v = o.get(f);
        if (v.isTextual()) {
          o.set(f, TextNode.valueOf(v.asText().toLowerCase(java.util.Locale.ROOT)));
        } else {
          lower(v);
        }
      }
    } else if (n instanceof ArrayNode a) {
      a.forEach(ExampleModelsTest::lower);
    }
  }
}
