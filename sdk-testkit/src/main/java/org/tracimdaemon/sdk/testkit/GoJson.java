package org.tracimdaemon.sdk.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON the way Go's {@code encoding/json} writes it: compact, with {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 escaped as lower-case backslash-u-00XX sequences, so that the fake
 * daemon's bytes equal the real daemon's.
 */
final class GoJson {
    private GoJson() {}

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final JsonFactory FACTORY = new JsonFactory();

    static byte[] write(JsonNode value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setCharacterEscapes(GoEscapes.INSTANCE);
            MAPPER.writeTree(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A copy of {@code value} whose objects have their keys sorted, as Go re-encodes a {@code map}. */
    static JsonNode sortedKeys(JsonNode value) {
        if (value.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            entries.addAll(value.properties());
            entries.sort(Map.Entry.comparingByKey());
            ObjectNode sorted = MAPPER.createObjectNode();
            entries.forEach(entry -> sorted.set(entry.getKey(), sortedKeys(entry.getValue())));
            return sorted;
        }
        if (value.isArray()) {
            var array = MAPPER.createArrayNode();
            value.forEach(element -> array.add(sortedKeys(element)));
            return array;
        }
        return value;
    }

    private static final class GoEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final GoEscapes INSTANCE = new GoEscapes();

        private final int[] table;

        private GoEscapes() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_CUSTOM;
            table['>'] = ESCAPE_CUSTOM;
            table['&'] = ESCAPE_CUSTOM;
            for (int c = 0; c < 0x20; c++) {
                // Go writes \n, \r, \t short and every other control character as a lower-case backslash-u-00xx escape.
                table[c] = c == '\n' || c == '\r' || c == '\t' ? table[c] : ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x80 || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
