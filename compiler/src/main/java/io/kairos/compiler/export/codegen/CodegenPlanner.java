package io.kairos.compiler.export.codegen;

import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FireOnce;
import io.kairos.compiler.deploy.fixedpoint.FixedPointLayer;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.export.InterchangeException;
import io.kairos.compiler.ir.Encoder;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.lang.model.SourceVersion;

/** Decides what the generated class of one deployed network contains ({@link NetworkPlan}). */
public final class CodegenPlanner {
  /** Characters of Base64 per string constant: below the class file's 65,535-byte limit. */
  static final int CHUNK_CHARS = 60_000;

  private CodegenPlanner() {}

  /**
   * @throws InterchangeException when {@code packageName} is not a Java package name
   */
  public static NetworkPlan plan(DeployFolder folder, String networkName, String packageName) {
    checkPackage(packageName);
    FixedPointNetwork net = folder.network(networkName);
    Network ir = folder.irNetwork(net.name());
    Encoder encoder = folder.model().encoder(ir.input()).orElseThrow();
    NetworkPlan.Image image = ir.decoderSpec()
        .flatMap(d -> folder.model().encoder(d.encoder()))
        .filter(e -> e instanceof ImageLatencyEncoder)
        .map(e -> new NetworkPlan.Image(((ImageLatencyEncoder) e).height(), ((ImageLatencyEncoder) e).width()))
        .orElse(null);
    DatapathWidths w = net.widths();
    List<NetworkPlan.LayerPlan> layers = new ArrayList<>();
    for (FixedPointLayer l : net.layers()) {
      layers.add(layer(l, w));
    }
    return new NetworkPlan(packageName, className(net.name()), net.name(), folder.chip().name(), net.window(),
        net.inputSize(), net.output().size(), new NetworkPlan.Datapath(w.uBits(), w.vBits(), w.decayBits(), w.weightShift()),
        layers, encoder instanceof ImageLatencyEncoder ? NetworkPlan.InputCoding.IMAGE : NetworkPlan.InputCoding.NOISE,
        image, encoder instanceof NoiseLatencyEncoder n ? new NetworkPlan.Noise(n.active(), n.span()) : null);
  }

  static NetworkPlan.LayerPlan layer(FixedPointLayer l, DatapathWidths w) {
    int[] bySource = new int[l.size() * l.fanIn()];
    for (int j = 0; j < l.size(); j++) {
      for (int i = 0; i < l.fanIn(); i++) {
        bySource[i * l.size() + j] = l.weight(j, i);
      }
    }
    int[] self = new int[l.size()];
    for (int j = 0; j < l.size(); j++) {
      for (int m : l.selfMant()[j]) {
        self[j] += m;
      }
    }
    return new NetworkPlan.LayerPlan(l.name(), l.size(), l.fanIn(), table(bySource), l.weightExp(),
        (long) l.vthMant() << w.thresholdShift(),
        Math.max(0, w.decayOne() - (l.du() + w.currentDecayOffset())), w.decayOne() - l.dv(),
        (long) l.biasMant() << l.biasExp(), l.fireOnce() == FireOnce.ONE_SHOT_FLAG, table(self), l.selfExp());
  }

  /** The smallest of 1, 2 or 4 bytes per value that holds every value, Base64 in chunks. */
  static NetworkPlan.Table table(int[] values) {
    int bytes = 1;
    for (int v : values) {
      if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
        bytes = 4;
      } else if ((v < Byte.MIN_VALUE || v > Byte.MAX_VALUE) && bytes < 2) {
        bytes = 2;
      }
    }
    ByteBuffer buf = ByteBuffer.allocate(values.length * bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      if (bytes == 1) {
        buf.put((byte) v);
      } else if (bytes == 2) {
        buf.putShort((short) v);
      } else {
        buf.putInt(v);
      }
    }
    String text = Base64.getEncoder().encodeToString(buf.array());
    List<String> chunks = new ArrayList<>();
    for (int k = 0; k < text.length(); k += CHUNK_CHARS) {
      chunks.add(text.substring(k, Math.min(text.length(), k + CHUNK_CHARS)));
    }
    if (chunks.isEmpty()) {
      chunks.add("");
    }
    return new NetworkPlan.Table(bytes, values.length, chunks);
  }

  /** Checks a package name: dot-separated Java identifiers, none a keyword. */
  public static void checkPackage(String packageName) {
    if (packageName == null || !SourceVersion.isName(packageName, SourceVersion.RELEASE_17)) {
      throw new InterchangeException("'" + packageName + "' is not a Java package name "
          + "(dot-separated identifiers that are not keywords, e.g. com.example.net)");
    }
  }

  /** A network name as a Java class name: its identifier characters, CamelCase. */
  static String className(String network) {
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (char c : network.toCharArray()) {
      if (!Character.isJavaIdentifierPart(c) || c == '_' || c == '$') {
        upper = true;
        continue;
      }
      sb.append(upper ? Character.toUpperCase(c) : c);
      upper = false;
    }
    String name = sb.length() == 0 || !Character.isJavaIdentifierStart(sb.charAt(0)) ? "Net" + sb : sb.toString();
    if (!SourceVersion.isName(name, SourceVersion.RELEASE_17)) {
      name = name + "Network";
    }
    return name;
  }
}
