package io.kairos.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @Test
  void aValueARecordRefusesIsReportedInTheRecordsOwnWords() {
    String json = IrJson.write(IrFixtures.everyKind());
    assertTrue(json.contains("\"generatorAverage\" : 0.0"), json);
    var e = assertThrows(IrFormatException.class,
        () -> IrJson.read(json.replace("\"generatorAverage\" : 0.0", "\"generatorAverage\" : 1.5")));
    assertEquals("not valid Kairos IR JSON: generator average must be in [0, 1), got 1.5", e.getMessage());
  }

  @Test
  void noiseCodeRoundTripsWithItsFieldNames() {
    Model base = IrFixtures.everyKind();
    var sparse = new NoiseLatencyEncoder("noise", 5, 2, 3);
    Model model = new Model(Model.SCHEMA_VERSION, "N", 8, base.neurons(),
        List.of(base.encoders().get(0), sparse), base.networks(), base.training(), null);
    String json = IrJson.write(model);
    assertTrue(json.contains("\"active\" : 2,"), json);
    assertTrue(json.contains("\"span\" : 3"), json);
    assertEquals(sparse, IrJson.read(json).encoder("noise").orElseThrow());
    assertEquals(json, IrJson.write(IrJson.read(json)));
  }

  @Test
  void oldJsonWithoutTheNoiseCodeMeansTheDenseCodeOverTheWindow() {
    Model model = IrFixtures.everyKind();
    String json = IrJson.write(model);
    String old = json.replaceAll("\\s*\"active\" : \\d+,", "").replaceAll(",\\s*\"span\" : \\d+", "");
    assertTrue(!old.contains("\"active\"") && !old.contains("\"span\""), old);
    var noise = (NoiseLatencyEncoder) IrJson.read(old).encoder("noise").orElseThrow();
    assertEquals(new NoiseLatencyEncoder("noise", 5, 5, model.window()), noise);
    assertEquals(model, IrJson.read(old));
  }

  /** GAN training fields added after the first IR: older JSON lacks them, and they read as 0 (off). */
  @ParameterizedTest
  @ValueSource(strings = {"sampleMatching", "generatorCentring", "matchingMargin", "generatorAverage"})
  void oldJsonWithoutALaterGanFieldReadsItAsOff(String field) throws Exception {
    Model model = IrFixtures.everyKind(); // its GAN training has all four at 0
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(IrJson.write(model));
    ObjectNode training = (ObjectNode) tree.get("training");
    assertEquals(0.0, training.get(field).asDouble(), field);
    training.remove(field);
    assertEquals(model, IrJson.read(tree.toString()));
  }

  /** The everyKind model with a G batch of its own and optimal pairing (sample matching on). */
  private static Model withGeneratorBatchAndPairing(int generatorBatch, MatchingPairing pairing) {
    Model m = IrFixtures.everyKind();
    GanTraining t = (GanTraining) m.training();
    var changed = new GanTraining(t.generator(), t.discriminator(), t.data(), t.loss(), t.generatorOptimizer(),
        t.discriminatorOptimizer(), t.discriminatorSteps(), t.epochs(), t.batch(), t.seed(), t.labelNoise(),
        t.deadNeuronRate(), 0.7, 0.8, 0.1, generatorBatch, pairing);
    return new Model(m.schemaVersion(), m.name(), m.window(), m.neurons(), m.encoders(), m.networks(), changed,
        m.deployment());
  }

  @Test
  void aGeneratorBatchAndOptimalPairingRoundTrip() {
    Model model = withGeneratorBatchAndPairing(128, MatchingPairing.OPTIMAL);
    String json = IrJson.write(model);
    assertTrue(json.contains("\"generatorBatch\" : 128") && json.contains("\"matchingPairing\" : \"optimal\""), json);
    assertEquals(model, IrJson.read(json));
    assertEquals(json, IrJson.write(IrJson.read(json)));
    assertTrue(IrJson.write(IrFixtures.everyKind()).contains("\"matchingPairing\" : \"greedy\""));
  }

  /** Older JSON has no generatorBatch: G steps then take batch samples, as they did. */
  @Test
  void oldJsonWithoutAGeneratorBatchReadsAsTheBatch() throws Exception {
    Model model = IrFixtures.everyKind();
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(IrJson.write(model));
    ObjectNode training = (ObjectNode) tree.get("training");
    assertEquals(32, training.get("generatorBatch").asInt());
    training.remove("generatorBatch");
    training.put("batch", 5);
    GanTraining read = (GanTraining) IrJson.read(tree.toString()).training();
    assertEquals(5, read.batch());
    assertEquals(5, read.generatorBatch());
  }

  @Test
  void oldJsonWithoutAMatchingPairingReadsAsGreedy() throws Exception {
    Model model = withGeneratorBatchAndPairing(32, MatchingPairing.GREEDY);
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(IrJson.write(model));
    ((ObjectNode) tree.get("training")).remove("matchingPairing");
    assertEquals(model, IrJson.read(tree.toString()));
  }

  @Test
  void anUnknownPairingOrAGeneratorBatchBelowOneIsNotIr() {
    String json = IrJson.write(withGeneratorBatchAndPairing(128, MatchingPairing.OPTIMAL));
    var unknown = assertThrows(IrFormatException.class,
        () -> IrJson.read(json.replace("\"optimal\"", "\"best\"")));
    assertTrue(unknown.getMessage().contains("best"), unknown.getMessage());
    var zero = assertThrows(IrFormatException.class,
        () -> IrJson.read(json.replace("\"generatorBatch\" : 128", "\"generatorBatch\" : 0")));
    assertTrue(zero.getMessage().contains("generator batch must be >= 1"), zero.getMessage());
  }

  /** The everyKind model with a generator average. */
  private static Model withGeneratorAverage(double d) {
    Model m = IrFixtures.everyKind();
    GanTraining t = (GanTraining) m.training();
    var changed = new GanTraining(t.generator(), t.discriminator(), t.data(), t.loss(), t.generatorOptimizer(),
        t.discriminatorOptimizer(), t.discriminatorSteps(), t.epochs(), t.batch(), t.seed(), t.labelNoise(),
        t.deadNeuronRate(), t.sampleMatching(), t.generatorCentring(), t.matchingMargin(), t.generatorBatch(),
        t.matchingPairing(), d);
    return new Model(m.schemaVersion(), m.name(), m.window(), m.neurons(), m.encoders(), m.networks(), changed,
        m.deployment());
  }

  @Test
  void aGeneratorAverageRoundTrips() {
    Model model = withGeneratorAverage(0.995);
    String json = IrJson.write(model);
    assertTrue(json.contains("\"generatorAverage\" : 0.995"), json);
    assertEquals(model, IrJson.read(json));
    assertEquals(json, IrJson.write(IrJson.read(json)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "-0.1", "1.5"})
  void aGeneratorAverageOutsideZeroToBelowOneIsNotIr(String value) {
    String json = IrJson.write(withGeneratorAverage(0.995)).replace("\"generatorAverage\" : 0.995",
        "\"generatorAverage\" : " + value);
    assertTrue(json.contains("\"generatorAverage\" : " + value), json);
    var e = assertThrows(IrFormatException.class, () -> IrJson.read(json));
    assertTrue(e.getMessage().contains("generator average must be in [0, 1), got " + Double.parseDouble(value)),
        e.getMessage());
  }

  @Test
  void aGeneratorCentringShareOutsideZeroToOneIsNotIr() {
    String json = IrJson.write(IrFixtures.everyKind()).replace("\"generatorCentring\" : 0.0", "\"generatorCentring\" : -0.1");
    assertTrue(json.contains("-0.1"));
    assertThrows(IrFormatException.class, () -> IrJson.read(json));
  }

  @Test
  void aSampleMatchingShareOutsideZeroToOneIsNotIr() {
    String json = IrJson.write(IrFixtures.everyKind()).replace("\"sampleMatching\" : 0.0", "\"sampleMatching\" : 1.5");
    assertThrows(IrFormatException.class, () -> IrJson.read(json));
  }

  @Test
  void theTwoArgumentEncoderIsTheDenseCodeOverTheModelsWindow() {
    var e = new NoiseLatencyEncoder("z", 7);
    assertEquals(7, e.active());
    assertEquals(NoiseLatencyEncoder.SPAN_WINDOW, e.span());
    Model m = new Model(Model.SCHEMA_VERSION, "M", 40, List.of(), List.of(e), List.of(), null, null);
    assertEquals(new NoiseLatencyEncoder("z", 7, 7, 40), m.encoder("z").orElseThrow());
  }

  @Test
  void invalidNoiseCodesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new NoiseLatencyEncoder("z", 4, 5, 1));
    assertThrows(IllegalArgumentException.class, () -> new NoiseLatencyEncoder("z", 4, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new NoiseLatencyEncoder("z", 4, 2, -1));
    assertThrows(IllegalArgumentException.class, () -> new NoiseLatencyEncoder("z", 0));
    var tooLong = new NoiseLatencyEncoder("z", 4, 2, 9);
    assertThrows(IllegalArgumentException.class,
        () -> new Model(Model.SCHEMA_VERSION, "M", 8, List.of(), List.of(tooLong), List.of(), null, null));
    String json = IrJson.write(IrFixtures.everyKind()).replaceFirst("\"span\" : \\d+", "\"span\" : 99999");
    var e = assertThrows(IrFormatException.class, () -> IrJson.read(json));
    assertTrue(e.getMessage().contains("span 99999 is longer than the window"), e.getMessage());
  }
}
