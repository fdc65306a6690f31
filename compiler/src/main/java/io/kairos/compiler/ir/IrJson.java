package io.kairos.compiler.ir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes the IR as JSON. Output is deterministic: same model, same bytes. */
public final class IrJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private IrJson() {}

  /** The model as pretty-printed JSON, ending with a newline. */
  public static String write(Model model) {
    try {
      return MAPPER.writeValueAsString(model) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("IR model could not be serialised", e);
    }
  }

  /**
   * Parses IR JSON.
   *
   * @throws IrFormatException when the text is not IR JSON of a supported schema version
   */
  public static Model read(String json) {
    Model model;
    try {
      model = MAPPER.readValue(json, Model.class);
    } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
      // A record refused a value: its own sentence, without Jackson's "Cannot construct instance of <class>".
      Throwable refusal = e.getCause() != null ? e.getCause() : e;
      throw new IrFormatException("not valid Kairos IR JSON: " + refusal.getMessage());
    } catch (JsonProcessingException e) {
      throw new IrFormatException("not valid Kairos IR JSON: " + e.getOriginalMessage());
    }
    if (model.schemaVersion() != Model.SCHEMA_VERSION) {
      throw new IrFormatException(
          "IR schema version "
              + model.schemaVersion()
              + " is not supported (this Kairos reads version "
              + Model.SCHEMA_VERSION
              + ")");
    }
    return model;
  }
}
