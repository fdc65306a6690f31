package io.kairos.compiler.lower;

import io.kairos.compiler.ast.Declaration;
import io.kairos.compiler.ast.LayerOption;
import io.kairos.compiler.ast.ModelFile;
import io.kairos.compiler.ast.NetworkItem;
import io.kairos.compiler.ast.Value;
import io.kairos.compiler.check.Labels;
import io.kairos.compiler.check.Site;
import io.kairos.compiler.check.Sites;
import io.kairos.compiler.check.Symbols;
import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.CubaLifNeuron;
import io.kairos.compiler.ir.Dataset;
import io.kairos.compiler.ir.Decoder;
import io.kairos.compiler.ir.Deployment;
import io.kairos.compiler.ir.Encoder;
import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.ir.MatchingPairing;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NeuronModel;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.ir.Optimizer;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.compiler.ir.Training;
import io.kairos.compiler.lang.Language;
import io.kairos.compiler.lang.Literals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checked AST to IR: applies the defaults of {@link Language}, resolves {@code window} in step
 * counts, computes effective thresholds and projections. Call only on a file the checker passed.
 */
public final class Lowering {
  private final ModelFile file;
  private final Symbols symbols;
  private final int window;

  private Lowering(ModelFile file) {
    this.file = file;
    this.symbols = new Symbols(file);
    this.window = symbols.window().orElseThrow(() -> new IllegalStateException("unchecked file: no window"));
  }

  public static Model lower(ModelFile file) {
    return new Lowering(file).model();
  }

  private Model model() {
    List<NeuronModel> neurons = file.all(Declaration.Neuron.class).stream().map(this::neuron).toList();
    List<Encoder> encoders = file.all(Declaration.Encoder.class).stream().map(this::encoder).toList();
    List<Network> networks = file.all(Declaration.Network.class).stream().map(this::network).toList();
    Training training = file.all(Declaration.Train.class).stream().findFirst().map(this::training).orElse(null);
    Deployment deployment = file.all(Declaration.Deploy.class).stream().findFirst().map(Lowering::deployment).orElse(null);
    return new Model(Model.SCHEMA_VERSION, file.name().text(), window, neurons, encoders, networks, training, deployment);
  }

  private NeuronModel neuron(Declaration.Neuron n) {
    Params p = new Params(site(Sites.neuron(n)));
    String name = n.name().text();
    return switch (n.kind().text()) {
      case "if" -> new IfNeuron(name, p.number("threshold"), p.steps("refractory", window));
      case "cuba_lif" -> new CubaLifNeuron(
          name,
          p.number("threshold"),
          p.steps("refractory", window),
          p.number("current_decay"),
          p.number("voltage_decay"),
          p.number("bias"));
      default -> throw new IllegalStateException("unchecked neuron kind " + n.kind().text());
    };
  }

  private Encoder encoder(Declaration.Encoder e) {
    Params p = new Params(site(Sites.encoder(e)));
    String name = e.name().text();
    return switch (e.source().kind().text()) {
      case "intensity" -> {
        List<Value.Number> dims = ((Value.Shape) p.value("shape").orElseThrow()).dims();
        yield new ImageLatencyEncoder(name, toInt(dims.get(0)), toInt(dims.get(1)));
      }
      case "uniform" -> {
        int size = (int) p.integer("size");
        // omitted: every neuron active over the whole window, the dense code
        yield new NoiseLatencyEncoder(name, size, (int) p.integerOr("active", size), p.steps("span", window));
      }
      default -> throw new IllegalStateException("unchecked encoder kind " + e.source().kind().text());
    };
  }

  private Network network(Declaration.Network n) {
    List<Population> populations = new ArrayList<>();
    List<Projection> projections = new ArrayList<>();
    String source = n.input().text();
    for (NetworkItem.Dense layer : n.layers()) {
      populations.add(population(layer));
      projections.add(new Projection(source, layer.name().text(), init(layer)));
      source = layer.name().text();
    }
    Decoder decoder =
        n.decodes().stream()
            .findFirst()
            .map(d -> new Decoder(d.population().text(), d.encoder().text()))
            .orElse(null);
    return new Network(n.name().text(), n.input().text(), populations, projections, decoder);
  }

  private Population population(NetworkItem.Dense layer) {
    Declaration.Neuron neuron = symbols.neuron(layer.neuron().text()).orElseThrow();
    double neuronThreshold = new Params(site(Sites.neuron(neuron))).number("threshold");
    double threshold = new Params(Sites.overrides(layer)).numberOr("threshold", neuronThreshold);
    List<String> classes = Labels.option(layer).flatMap(o -> Labels.of(o.labels())).orElse(List.of());
    return new Population(layer.name().text(), toInt(layer.size()), layer.neuron().text(), threshold, classes);
  }

  private static Init init(NetworkItem.Dense layer) {
    LayerOption.Init option =
        layer.options().stream()
            .filter(LayerOption.Init.class::isInstance)
            .map(LayerOption.Init.class::cast)
            .findFirst()
            .orElseThrow();
    Params p = new Params(site(Sites.init(option.init())));
    return switch (option.init().kind().text()) {
      case "uniform" -> new Init.Uniform(p.number("low"), p.number("high"));
      case "normal" -> new Init.Normal(p.number("mean"), p.number("std"));
      default -> throw new IllegalStateException("unchecked init " + option.init().kind().text());
    };
  }

  private Training training(Declaration.Train t) {
    Site site = site(Sites.train(t));
    Params p = new Params(site);
    Dataset data =
        t.data() instanceof Value.Text path
            ? new Dataset(null, path.text())
            : new Dataset(((Value.Ref) t.data()).name().text(), null);
    Loss loss = loss(p.value("loss").orElseThrow());
    int epochs = (int) p.integer("epochs");
    int batch = (int) p.integer("batch");
    long seed = p.integer("seed");
    double deadNeuronRate = p.number("dead_neuron_rate");
    if (t.kind().text().equals("classifier")) {
      return new ClassifierTraining(
          t.networks().get(0).text(), data, loss, optimizer(p.value("optimizer").orElseThrow()),
          epochs, batch, seed, deadNeuronRate);
    }
    return new GanTraining(
        t.networks().get(0).text(),
        t.networks().get(1).text(),
        data,
        loss,
        optimizer(p.forRole(Language.GENERATOR).value("optimizer").orElseThrow()),
        optimizer(p.forRole(Language.DISCRIMINATOR).value("optimizer").orElseThrow()),
        (int) p.integer("discriminator_steps"),
        epochs,
        batch,
        seed,
        p.number("label_noise"),
        deadNeuronRate,
        p.number("sample_matching"),
        p.number("generator_centring"),
        p.number("matching_margin"),
        (int) p.integerOr("generator_batch", batch),
        p.name("matching_pairing").map(MatchingPairing::of).orElse(MatchingPairing.GREEDY),
        p.number("generator_average"));
  }

  private static Loss loss(Value v) {
    Site site = site(Sites.nested(Language.LOSSES, v));
    Params p = new Params(site);
    double gamma = p.number("gamma");
    return switch (site.schema().kind()) {
      case "s4nn" -> new Loss.S4nn(gamma);
      case "aggressive_ttfs" -> new Loss.AggressiveTtfs(
          Loss.Rule.valueOf(p.name("rule").orElse("A")), gamma, p.numberOr("pull", gamma), p.number("target"));
      default -> throw new IllegalStateException("unchecked loss " + site.schema().kind());
    };
  }

  private static Optimizer optimizer(Value v) {
    Site site = site(Sites.nested(Language.OPTIMIZERS, v));
    Params p = new Params(site);
    return switch (site.schema().kind()) {
      case "sgd" -> new Optimizer.Sgd(p.number("lr"), p.number("decay"));
      case "adam" -> new Optimizer.Adam(
          p.number("lr"), p.number("beta1"), p.number("beta2"), p.number("epsilon"), p.number("decay"));
      default -> throw new IllegalStateException("unchecked optimizer " + site.schema().kind());
    };
  }

  private static Deployment deployment(Declaration.Deploy d) {
    String target =
        d.target() instanceof Value.Text path ? path.text() : ((Value.Ref) d.target()).name().text();
    Map<String, Double> settings = new LinkedHashMap<>();
    Site site = Sites.deploy(d);
    for (Site.Entry e : site.entries()) {
      // a per-layer setting travels as `scale_quantile.discriminator/hidden`, the name the
      // deployer and `kairos deploy --set` use (docs/quantisation.md)
      String key = e.key().orElseThrow().text() + e.layer().map(l -> "." + l.text()).orElse("");
      settings.put(key, Literals.asDouble((Value.Number) e.value()).orElseThrow());
    }
    return new Deployment(target, settings);
  }

  private static int toInt(Value.Number n) {
    return Math.toIntExact(Literals.asLong(n).orElseThrow());
  }

  private static Site site(java.util.Optional<Site> site) {
    return site.orElseThrow(() -> new IllegalStateException("unchecked file: unknown kind"));
  }
}
