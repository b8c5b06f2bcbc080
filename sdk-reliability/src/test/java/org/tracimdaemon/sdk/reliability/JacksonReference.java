package org.tracimdaemon.sdk.reliability;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.json.TracimDate;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;

/**
 * What the streaming decoders are checked against: Jackson trees, slow and obviously right. A TLM
 * header is taken from the whole document read strictly (nothing after it); an envelope is read
 * the way the SDK read it before it streamed, its data built as a tree.
 */
final class JacksonReference {
    private JacksonReference() {}

    private static final ObjectReader STRICT = WireJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader NO_DUPLICATES = STRICT.with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The header as a tree says it, or empty when Jackson refuses the document or the header is wrong. */
    static Optional<TLMEvent> header(String json) {
        JsonNode tree;
        try {
            tree = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (tree == null || !tree.isObject()) {
            return Optional.empty();
        }
        JsonNode id = tree.get("event_id");
        JsonNode type = tree.get("event_type");
        JsonNode fields = tree.get("fields");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || type == null || !type.isTextual()
                || fields == null || !fields.isObject()) {
            return Optional.empty();
        }
        try {
            Instant created = date(tree.get("created"));
            JsonNode read = tree.get("read");
            Optional<Instant> readAt = read == null || read.isNull() ? Optional.empty() : Optional.ofNullable(date(read));
            if (read != null && !read.isNull() && readAt.isEmpty()) {
                return Optional.empty(); // read is null or a date
            }
            return created == null ? Optional.empty()
                    : Optional.of(new TLMEvent(id.longValue(), type.textValue(), created, readAt, json));
        } catch (DecodeException e) {
            return Optional.empty();
        }
    }

    /** Whether a key appears twice in one object: a tree keeps the last value, a stream sees each. */
    static boolean hasDuplicateKeys(String json) {
        try {
            NO_DUPLICATES.readTree(json);
            return false;
        } catch (JsonProcessingException e) {
            return String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field");
        }
    }

    private static Instant date(JsonNode node) {
        return node == null || !node.isTextual() ? null : TracimDate.parse(node.textValue());
    }

    /** An envelope as the SDK decoded it with a tree: path, type and data, or the failure's where. */
    record Envelope(String path, String type, JsonNode data) {}

    static Envelope envelope(byte[] message) {
        try (JsonParser parser = WireJson.mapper().createParser(message)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DecodeException("", "not an object");
            }
            String path = null;
            String type = null;
            JsonNode data = MissingNode.getInstance();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equalsIgnoreCase("path")) {
                    path = text(value, parser, "path");
                } else if (key.equalsIgnoreCase("type")) {
                    type = text(value, parser, "type");
                } else if (key.equalsIgnoreCase("data")) {
                    data = parser.readValueAsTree();
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new DecodeException("", "trailing");
            }
            if (type == null) {
                throw new DecodeException("type", "missing");
            }
            return new Envelope(path == null ? "" : path, type, data);
        } catch (IOException e) {
            throw new DecodeException("", "not readable JSON", e);
        }
    }

    private static String text(JsonToken token, JsonParser parser, String key) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new DecodeException(key, "expected a string");
        }
        return parser.getText();
    }
}
