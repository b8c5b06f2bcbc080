package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.DecodeException;
import org.tracimdaemon.sdk.runtime.wire.TracimDate;
import org.tracimdaemon.sdk.runtime.wire.WireJson;

/**
 * A Tracim live message (TLM), as {@code daemon_tracim_event} carries it. Decoding reads the
 * header and leaves {@code fields} undecoded until a handler asks for it, as a typed record:
 *
 * <pre>{@code
 * TLMEvent tlm = TLMEvent.decode(daemonEvent);
 * if (tlm.eventType().startsWith("content.")) {
 *     ContentEvent content = tlm.fields(ContentEvent.class);
 * }
 * }</pre>
 *
 * @param eventId   Tracim's id of the event, increasing, the same for every receiver
 * @param eventType e.g. {@code content.created.html-document}
 * @param created   when Tracim created the event
 * @param read      when the user read it: empty on live delivery
 * @param json      the whole TLM document as received
 */
public record TLMEvent(long eventId, String eventType, Instant created, Optional<Instant> read, String json) {

    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return WireJson.MAPPER.readerFor(type);
        }
    };

    /** The same readers, told the content type of a content event so that its variant needs no look-ahead. */
    private static final ClassValue<Map<String, ObjectReader>> CONTENT_READERS = new ClassValue<>() {
        @Override
        protected Map<String, ObjectReader> computeValue(Class<?> type) {
            return EventCatalogue.CONTENT_TYPES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                    contentType -> READERS.get(type).withAttribute(ContentDeserializer.CONTENT_TYPE_HINT, contentType)));
        }
    };

    public TLMEvent {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(json, "json");
    }

    /**
     * The TLM inside a {@code daemon_tracim_event}: its {@code data} is a JSON string holding the
     * TLM document (the daemon encodes it twice); an embedded JSON object is accepted too.
     *
     * @throws DecodeException if {@code data} is neither, or the TLM's header is malformed
     */
    public static TLMEvent decode(DaemonEvent event) {
        JsonNode data = event.data();
        try {
            if (data.isTextual()) {
                return decode(data.textValue());
            }
            if (data.isObject()) {
                return decode(WireJson.MAPPER.writeValueAsString(data));
            }
        } catch (DecodeException e) {
            throw new DecodeException(e.where().isEmpty() ? "data" : "data." + e.where(), stripWhere(e), e);
        } catch (JsonProcessingException e) {
            throw new DecodeException("data", "cannot re-read the embedded TLM: " + WireJson.firstLine(e), e);
        }
        throw new DecodeException("data", "a daemon_tracim_event carries the TLM as a JSON string or object, got "
                + (data.isMissingNode() ? "no data" : data.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Decodes a TLM document's header: {@code event_id}, {@code event_type}, {@code created},
     * {@code read}; {@code fields} must be an object and is decoded later by {@link #fields(Class)}.
     *
     * @throws DecodeException naming the key at fault
     */
    public static TLMEvent decode(String json) {
        return TlmHeaderScanner.scan(json).orElseGet(() -> decodeWithJackson(json));
    }

    /** The exact path: slower, and the one that names what is wrong. */
    static TLMEvent decodeWithJackson(String json) {
        try (JsonParser parser = WireJson.MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DecodeException("", "a TLM is a JSON object");
            }
            Long eventId = null;
            String eventType = null;
            Instant created = null;
            Instant read = null;
            boolean hasFields = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (key) {
                    case "event_id" -> eventId = integer(parser, token, key);
                    case "event_type" -> eventType = string(parser, token, key);
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
            require(eventId != null, "event_id");
            require(eventType != null, "event_type");
            require(created != null, "created");
            require(hasFields, "fields");
            return new TLMEvent(eventId, eventType, created, Optional.ofNullable(read), json);
        } catch (IOException e) {
            throw new DecodeException("", "the TLM is not readable JSON: " + WireJson.firstLine(e), e);
        }
    }

    /**
     * Decodes {@code fields} into a payload record, e.g. {@code ContentEvent.class} for
     * {@code content.*} events. Each call decodes anew: keep the result.
     *
     * @throws DecodeException if the fields do not have that shape; the message names the key
     */
    public <T> T fields(Class<T> type) {
        try (JsonParser parser = WireJson.MAPPER.createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                if (key.equals("fields")) {
                    return reader(type).readValue(parser);
                }
                parser.skipChildren();
            }
            throw new DecodeException("fields", "missing");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DecodeException decode && decode.getCause() == null) {
                throw decode;
            }
            throw WireJson.decodeError("fields", type, e);
        }
    }

    private ObjectReader reader(Class<?> type) {
        if (eventType.startsWith("content.")) {
            ObjectReader hinted = CONTENT_READERS.get(type).get(eventType.substring(eventType.lastIndexOf('.') + 1));
            if (hinted != null) {
                return hinted;
            }
        }
        return READERS.get(type);
    }

    /** The {@code fields} object as a JSON tree, for types the SDK has no record for. */
    public JsonNode fieldsTree() {
        try {
            JsonNode fields = WireJson.MAPPER.readTree(json).get("fields");
            return Objects.requireNonNull(fields, "fields");
        } catch (JsonProcessingException e) {
            throw new DecodeException("", "the TLM is not readable JSON: " + WireJson.firstLine(e), e);
        }
    }

    /** The entity, first part of the event type, e.g. {@code content}. */
    public String entity() {
        int dot = eventType.indexOf('.');
        return dot < 0 ? eventType : eventType.substring(0, dot);
    }

    /** The operation, second part of the event type, e.g. {@code created}. */
    public String operation() {
        int first = eventType.indexOf('.');
        if (first < 0) {
            return "";
        }
        int second = eventType.indexOf('.', first + 1);
        return second < 0 ? eventType.substring(first + 1) : eventType.substring(first + 1, second);
    }

    /** The content type, third part of content event types, e.g. {@code html-document}. */
    public Optional<String> contentType() {
        int first = eventType.indexOf('.');
        int second = first < 0 ? -1 : eventType.indexOf('.', first + 1);
        return second < 0 ? Optional.empty() : Optional.of(eventType.substring(second + 1));
    }

    @Override
    public String toString() {
        return "TLMEvent[" + eventId + " " + eventType + " " + created + "]";
    }

    private static long integer(JsonParser parser, JsonToken token, String key) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new DecodeException(key, "expected an integer, got " + parser.getText());
        }
        return parser.getLongValue();
    }

    private static String string(JsonParser parser, JsonToken token, String key) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new DecodeException(key, "expected a string, got " + parser.getText());
        }
        return parser.getText();
    }

    private static Instant date(JsonParser parser, JsonToken token, String key) throws IOException {
        String text = string(parser, token, key);
        try {
            return TracimDate.parse(text);
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

    private static String stripWhere(DecodeException e) {
        String prefix = e.where() + ": ";
        return !e.where().isEmpty() && e.getMessage().startsWith(prefix)
                ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }
}
