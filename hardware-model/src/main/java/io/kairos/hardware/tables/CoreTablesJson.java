package io.kairos.hardware.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSON encoding of {@link CoreTables} (docs/core-tables.md). Keys are snake_case; synapses,
 * axon and compartment references and segments are small arrays. Reading validates against a
 * {@link ChipSpec}: unknown keys, missing keys, bad references and out-of-width values are errors.
 */
public final class CoreTablesJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private CoreTablesJson() {
    }

    /** Compact JSON text. */
    public static String toJson(CoreTables tables) {
        try {
            return MAPPER.writeValueAsString(tables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise core tables", e);
        }
    }

    public static void write(CoreTables tables, Path file) {
        try {
            Files.writeString(file, toJson(tables), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HardwareModelException("core tables " + file + ": cannot write the file (" + e.getMessage() + ")", e);
        }
    }

    public static CoreTables read(Path file, ChipSpec spec) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), spec);
        } catch (IOException e) {
            throw new HardwareModelException("core tables " + file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /** Parses and validates; {@code source} names the tables in messages. */
    public static CoreTables parse(String json, String source, ChipSpec spec) {
        CoreTables t;
        try {
            t = MAPPER.readValue(json, CoreTables.class);
        } catch (UnrecognizedPropertyException e) {
            throw new HardwareModelException("core tables " + source + ": unknown field '" + e.getPropertyName()
                    + "' at " + path(e) + location(e), e);
        } catch (JsonMappingException e) {
            throw new HardwareModelException("core tables " + source + ": bad value at " + path(e) + location(e)
                    + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (JsonProcessingException e) {
            throw new HardwareModelException("core tables " + source + ": not valid JSON" + location(e)
                    + " (" + e.getOriginalMessage() + ")", e);
        }
        if (t == null) {
            throw new HardwareModelException("core tables " + source + ": the file is empty");
        }
        CoreTablesValidator.validate(t, spec, source);
        return t;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String location(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
}
