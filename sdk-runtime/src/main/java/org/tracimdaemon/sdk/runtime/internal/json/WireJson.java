package org.tracimdaemon.sdk.runtime.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.Collectors;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/**
 * The SDK's JSON set-up: a plain jackson-core {@link #FACTORY} for the streaming readers and
 * writers (the envelope, registration, the TLM readers), and the one configured databind
 * {@link #mapper()} every tree and databind decode shares: snake_case names, unknown keys ignored,
 * Tracim's {@code YYYY-MM-DDTHH:MM:SSZ} dates as {@link Instant}, {@code Optional} for nullable
 * keys. The mapper is built on first use only: a plugin that registers and reads its events with
 * the SDK's streaming readers never loads databind (some 500 classes, about a fifth of a second at
 * start-up). Internal to the SDK: its configuration is not an API.
 */
public final class WireJson {
    private WireJson() {}

    /**
     * Parsers and generators without a codec (no tree reading through them: use {@link #mapper()}).
     * Shared and thread-safe; never reconfigure it.
     */
    public static final JsonFactory FACTORY = new JsonFactory();

    /**
     * {@return the SDK's databind mapper, built on the first call; shared and thread-safe, never reconfigure it}
     */
    public static ObjectMapper mapper() {
        return Databind.MAPPER;
    }

    /** Holds the mapper, so that it is built when first asked for and not when {@link WireJson} loads. */
    private static final class Databind {
        private Databind() {}

        static final ObjectMapper MAPPER = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Off on purpose: Jackson then also refuses an ABSENT primitive key of a record, and
                // Tracim versions drop keys (TLM.md section 1), while an unassigned todo's assignee has
                // no user_id at all. A missing or null number or flag reads as 0 or false.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A newer Tracim's enum value becomes the enum's UNKNOWN instead of failing the event.
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .addModule(new Jdk8Module())
                .addModule(new SimpleModule("tracim-dates")
                        .addDeserializer(Instant.class, new TracimInstantDeserializer())
                        .addSerializer(Instant.class, new TracimInstantSerializer()))
                .build();
    }

    /**
     * Decodes a JSON tree into {@code type}, naming the offending key under {@code root}.
     *
     * @param <T>  the type decoded into
     * @param tree the JSON value
     * @param type the class to decode into
     * @param root the dotted path of {@code tree} in the message, e.g. {@code data}; {@code ""} for the whole
     * @return the decoded value
     * @throws DecodeException if the tree does not have that shape
     */
    public static <T> T treeToValue(JsonNode tree, Class<T> type, String root) {
        try {
            return mapper().treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw decodeError(root, type, e);
        }
    }

    /**
     * A Jackson failure as a {@link DecodeException} whose {@code where} is a dotted path under {@code root}.
     *
     * @param root the dotted path of the value that was being decoded
     * @param type the class it was decoded into, named in the message
     * @param e    Jackson's exception, or one of the SDK's it wraps
     * @return the exception to throw
     */
    public static DecodeException decodeError(String root, Class<?> type, Exception e) {
        Throwable cause = e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
        String where = root;
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("."));
            where = root.isEmpty() ? path : root + "." + path;
        }
        // Jackson wraps the SDK's own errors (a bad date, an unknown content type, a missing key)
        // with the path it was at: keep their message, and their path below Jackson's.
        DecodeException inner = wrappedDecodeError(cause);
        if (inner != null) {
            where = inner.where().isEmpty() ? where : where.isEmpty() ? inner.where() : where + "." + inner.where();
            return new DecodeException(where, innerMessage(inner), cause);
        }
        return new DecodeException(where, "not a " + type.getSimpleName() + ": " + firstLine(cause), cause);
    }

    private static DecodeException wrappedDecodeError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DecodeException decode) {
                return decode;
            }
        }
        return null;
    }

    private static String innerMessage(DecodeException e) {
        String message = e.getMessage();
        String prefix = e.where() + ": ";
        return !e.where().isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /**
     * {@return Jackson's own message without its source excerpt and path suffix}
     *
     * @param e any exception; for one without a message, its class's simple name is returned
     */
    public static String firstLine(Throwable e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Tracim writes every date as {@code YYYY-MM-DDTHH:MM:SSZ} (UTC, whole seconds). Anything else
     * is refused, so that a server that changes format is noticed rather than misread.
     */
    static final class TracimInstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        TracimInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new DecodeException("", "expected a date like \"2025-05-20T09:02:11Z\", got " + parser.getText());
            }
            return TracimDate.parse(parser.getText());
        }
    }

    /** Writes dates the way Tracim does, so that what the SDK encodes it can decode. */
    static final class TracimInstantSerializer extends StdScalarSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        TracimInstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(TracimDate.format(value));
        }
    }
}
