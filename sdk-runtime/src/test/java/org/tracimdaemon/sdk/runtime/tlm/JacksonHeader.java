package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Instant;
import java.util.Optional;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.json.TracimDate;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * The reference the header reader is checked against: the document read whole into a Jackson
 * tree, nothing allowed after it, then the header taken from the tree. Slow and obviously right.
 */
public final class JacksonHeader {
    private JacksonHeader() {}

    private static final ObjectReader STRICT = WireJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader NO_DUPLICATES = STRICT.with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The header as a tree says it, or empty when Jackson refuses the document or the header is wrong. */
    public static Optional<TLMEvent> read(String json) {
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
            if (created == null) {
                return Optional.empty();
            }
            return Optional.of(new TLMEvent(id.longValue(), type.textValue(), created, readAt, json));
        } catch (DecodeException e) {
            return Optional.empty();
        }
    }

    /** Whether a key appears twice in one object: the tree keeps the last, a stream sees both. */
    public static boolean hasDuplicateKeys(String json) {
        try {
            NO_DUPLICATES.readTree(json);
            return false;
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage().startsWith("Duplicate field");
        }
    }

    private static Instant date(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        return TracimDate.parse(node.textValue());
    }
}
