package io.kairos.cli.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kairos.cli.UserException;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --set KEY=VALUE} edits of a model's IR (docs/gan.md, "Variants of the default"): KEY is a
 * dotted path of object fields from the model's root, e.g. {@code training.batch} or {@code
 * training.generatorOptimizer.lr}, and must name a number, boolean or string the model already
 * has, so that a misspelt key is an error rather than a field the reader ignores. The edited model
 * is read back as IR, so a value outside its range fails as it would in a model file.
 */
final class ModelSettings {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelSettings() {}

  /** {@code model} with every {@code KEY=VALUE} of {@code settings} applied, in order. */
  static Model apply(Model model, List<String> settings) {
    if (settings.isEmpty()) {
      return model;
    }
    ObjectNode root;
    try {
      root = (ObjectNode) JSON.readTree(IrJson.write(model));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the model's own IR did not parse", e);
    }
    for (String setting : settings) {
      set(root, setting);
    }
    return IrJson.read(root.toString());
  }

  private static void set(ObjectNode root, String setting) {
    int eq = setting.indexOf('=');
    if (eq <= 0) {
      throw new UserException("--set " + setting + ": expected KEY=VALUE, e.g. training.batch=16");
    }
    String key = setting.substring(0, eq);
    String value = setting.substring(eq + 1);
    String[] path = key.split("\\.", -1);
    ObjectNode parent = root;
    for (int i = 0; i < path.length - 1; i++) {
      JsonNode next = parent.get(path[i]);
      if (!(next instanceof ObjectNode o)) {
        throw unknown(key, String.join(".", List.of(path).subList(0, i)), parent);
      }
      parent = o;
    }
    String field = path[path.length - 1];
    JsonNode old = parent.get(field);
    if (old == null || !old.isValueNode() || old.isNull()) {
      throw unknown(key, String.join(".", List.of(path).subList(0, path.length - 1)), parent);
    }
    parent.set(field, parse(key, value, old));
  }

  private static JsonNode parse(String key, String value, JsonNode old) {
    if (old.isBoolean()) {
      if (!value.equals("true") && !value.equals("false")) {
        throw new UserException("--set " + key + "=" + value + ": " + key + " is true or false");
      }
      return BooleanNode.valueOf(Boolean.parseBoolean(value));
    }
    if (old.isNumber()) {
      try {
        return old.isIntegralNumber() ? LongNode.valueOf(Long.parseLong(value)) : DoubleNode.valueOf(Double.parseDouble(value));
      } catch (NumberFormatException e) {
        throw new UserException("--set " + key + "=" + value + ": " + key + " is "
            + (old.isIntegralNumber() ? "a whole number" : "a number"));
      }
    }
    return TextNode.valueOf(value);
  }

  private static UserException unknown(String key, String at, ObjectNode parent) {
    List<String> fields = new ArrayList<>();
    parent.fields().forEachRemaining(e -> {
      if (e.getValue().isObject() || (e.getValue().isValueNode() && !e.getValue().isNull())) {
        fields.add(e.getKey());
      }
    });
    return new UserException("--set " + key + ": the model has no setting " + key + "; "
        + (at.isEmpty() ? "the model" : at) + " has " + String.join(", ", fields));
  }
}
