package io.kairos.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IrJsonTest {

  @Test
  void jsonToIrToJsonIsIdentical() {
    Model model = IrFixtures.everyKind();
    String json = IrJson.write(model);
    Model back = IrJson.read(json);
    assertEquals(model, back);
    assertEquals(json, IrJson.write(back));
  }

  @Test
  void classifierTrainingAndS4nnLossRoundTrip() {
    Model base = IrFixtures.everyKind();
    var training =
        new ClassifierTraining(
            "D", new Dataset(null, "data/mnist"), new Loss.S4nn(3), new Optimizer.Sgd(0.2, 1e-6), 5, 1, 1, 0.001);
    Model model =
        new Model(
            Model.SCHEMA_VERSION, "C", 256, base.neurons(), base.encoders(), base.networks(), training, null);
    assertEquals(model, IrJson.read(IrJson.write(model)));
  }

  @Test
  void unsupportedSchemaVersionIsAClearError() {
    String json = IrJson.write(IrFixtures.everyKind()).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 99");
    var e = assertThrows(IrFormatException.class, () -> IrJson.read(json));
    assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
  }

  @Test
  void garbageIsAClearError() {
    var e = assertThrows(IrFormatException.class, () -> IrJson.read("{\"name\": [}"));
    assertTrue(e.getMessage().startsWith("not valid Kairos IR JSON"), e.getMessage());
  }
}
