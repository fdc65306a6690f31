package io.kairos.hardware.spec;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kairos.hardware.HardwareModelException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one way to get a {@link ChipSpec}: a shipped preset ({@code loihi1}, {@code loihi2}) or a
 * user's JSON file. JSON may carry {@code //} comments (the presets cite the source of every number
 * beside it). Unknown keys, missing keys, wrong types and out-of-range values are all errors, each
 * reported as a {@link HardwareModelException} naming the file, the field and the bound.
 */
public final class ChipSpecLoader {
    public static final int SCHEMA_VERSION = 1;
    public static final List<String> PRESETS = List.of("loihi1", "loihi2");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ChipSpecLoader() {
    }

    /** A shipped preset by name. */
    public static ChipSpec preset(String name) {
        if (!PRESETS.contains(name)) {
            throw new HardwareModelException("unknown chip preset '" + name + "'; known presets: "
                    + String.join(", ", PRESETS));
        }
        String resource = name + ".json";
        try (InputStream in = ChipSpecLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing from the jar: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "preset " + name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read preset resource " + resource, e);
        }
    }

    /** A preset if {@code presetOrPath} names one, else the JSON file at that path. */
    public static ChipSpec resolve(String presetOrPath) {
        return PRESETS.contains(presetOrPath) ? preset(presetOrPath) : load(Path.of(presetOrPath));
    }

    /** A user's spec file. */
    public static ChipSpec load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HardwareModelException("chip spec " + file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses and validates spec JSON.
     *
     * @param source how to name the spec in messages (a file name or "preset loihi1")
     */
    public static ChipSpec parse(String json, String source) {
        ChipSpec spec;
        try {
            spec = MAPPER.readValue(json, ChipSpec.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : "; known fields here: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new HardwareModelException("chip spec " + source + ": unknown field '" + path(e, e.getPropertyName())
                    + "'" + location(e) + known, e);
        } catch (JsonMappingException e) {
            throw new HardwareModelException("chip spec " + source + ": " + mappingProblem(e) + location(e), e);
        } catch (JsonProcessingException e) {
            throw new HardwareModelException("chip spec " + source + ": not valid JSON" + location(e)
                    + " (" + e.getOriginalMessage() + ")", e);
        }
        if (spec == null) {
            throw new HardwareModelException("chip spec " + source + ": the file is empty");
        }
        new ChipSpecValidator(source).validate(spec);
        return spec;
    }

    /** The spec as JSON (without comments); {@link #parse} reads it back to an equal record. */
    public static String toJson(ChipSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise chip spec", e);
        }
    }

    private static String mappingProblem(JsonMappingException e) {
        String msg = e.getOriginalMessage();
        for (String missing : List.of("Missing required creator property '", "Missing creator property '")) {
            if (msg.startsWith(missing)) {
                String name = msg.substring(missing.length(), msg.indexOf('\'', missing.length()));
                return "missing field '" + path(e, name) + "'";
            }
        }
        if (msg.startsWith("Null value for creator property") || msg.startsWith("Cannot map `null`")) {
            return "field '" + path(e, null) + "' must not be null";
        }
        return "field '" + path(e, null) + "' has the wrong type (" + msg.lines().findFirst().orElse(msg) + ")";
    }

    private static String path(JsonMappingException e, String leaf) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (leaf != null && !sb.toString().endsWith(leaf)) {
            sb.append(sb.length() > 0 ? "." : "").append(leaf);
        }
        return sb.toString();
    }

    private static String location(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
