package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.json.StringCache;
import org.tracimdaemon.sdk.runtime.internal.json.TracimDate;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * Reads a TLM's header ({@code event_id}, {@code event_type}, {@code created}, {@code read}) in
 * one streaming pass that also checks the whole document is JSON: {@code fields} is skipped token
 * by token, never built, and anything after the document is refused. So a document it accepts is
 * one Jackson reads, and the fields are decoded later only if a handler takes them.
 */
final class TlmHeaderReader {
    private TlmHeaderReader() {}

    /** The header of {@code text}; duplicated keys: the last one wins, as in Jackson's trees. */
    static TLMEvent read(TlmText text) {
        TLMEvent scanned = text.scanHeader();
        if (scanned != null) {
            return scanned;
        }
        try {
            return text.read(parser -> header(parser, text));
        } catch (DecodeException e) {
            throw e;
        } catch (IOException e) {
            throw new DecodeException("", "the TLM is not readable JSON: " + WireJson.firstLine(e), e);
        }
    }

    private static TLMEvent header(JsonParser parser, TlmText text) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new DecodeException("", "a TLM is a JSON object");
        }
        long eventId = 0;
        boolean hasEventId = false;
        String eventType = null;
        Instant created = null;
        Instant read = null;
        boolean hasFields = false;
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            switch (key) {
                case "event_id" -> {
                    eventId = integer(parser, token, key);
                    hasEventId = true;
                }
                case "event_type" -> {
                    string(parser, token, key);
                    eventType = StringCache.text(parser);
                }
                case "created" -> created = date(parser, token, key);
                case "read" -> read = token == JsonToken.VALUE_NULL ? null : date(parser, token, key);
                case "fields" -> {
                    if (token != JsonToken.START_OBJECT) {
                        throw new DecodeException("fields", "expected an object, got " + parser.getText());
                    }
                    hasFields = true;
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
        if (text.whole() && parser.nextToken() != null) {
            throw new DecodeException("", "the TLM is not readable JSON: unexpected content after its JSON object");
        }
        require(hasEventId, "event_id");
        require(eventType != null, "event_type");
        require(created != null, "created");
        require(hasFields, "fields");
        return new TLMEvent(eventId, eventType, created, Optional.ofNullable(read), text);
    }

    private static long integer(JsonParser parser, JsonToken token, String key) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new DecodeException(key, "expected an integer, got " + parser.getText());
        }
        return parser.getLongValue();
    }

    private static void string(JsonParser parser, JsonToken token, String key) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new DecodeException(key, "expected a string, got " + parser.getText());
        }
    }

    private static Instant date(JsonParser parser, JsonToken token, String key) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new DecodeException(key, "expected a string, got " + parser.getText());
        }
        try {
            return TracimDate.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        } catch (DecodeException e) {
            // The date parser does not know which key it read: name it here.
            throw new DecodeException(key, e.getMessage(), e);
        }
    }

    private static void require(boolean present, String key) {
        if (!present) {
            throw new DecodeException(key, "missing: every TLM has " + key);
        }
    }
}
