package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.json.StringCache;
import org.tracimdaemon.sdk.runtime.internal.json.TracimDate;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * One decoding of a TLM's {@code fields} by the streaming readers: the parser, the payload type
 * asked for (error messages name it, as databind's did), the content type the event type names,
 * and the value readers the record readers share.
 *
 * <p>The value readers keep the rules of the SDK's Jackson mapper, which they replace: a missing
 * or null number or flag reads as 0 or false, a null object as absent, an unknown enum value as
 * the enum's UNKNOWN. The tokens Tracim sends are read here directly; any other token (a number
 * as a string, an object where a string belongs...) is handed to databind for that one value, so
 * that what it accepts, coerces or refuses, and how it says so, stays exactly as it was.
 */
final class FieldsReading {
    private static final ClassValue<ObjectReader> DATABIND = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return WireJson.mapper().readerFor(type);
        }
    };

    /** The parser being read; a content read replays buffered keys through another for a while. */
    JsonParser parser;
    /** The content type a content event's type names (its content must be of it), or null. */
    final String contentHint;
    private final Class<?> payload;

    private FieldsReading(JsonParser parser, Class<?> payload, String contentHint) {
        this.parser = parser;
        this.payload = payload;
        this.contentHint = contentHint;
    }

    /**
     * The {@code fields} of {@code text} read by {@code reader} as {@code type}: by an
     * {@link EscapedTlmParser} when the text has one and it reads the whole document, else (and
     * for every failure, so that errors are Jackson's words) by Jackson.
     */
    static <T> T read(TlmText text, Class<T> type, RecordReader<T> reader, String contentHint) {
        EscapedTlmParser fast = text.escapedParser();
        if (fast != null) {
            try {
                return fields(fast, type, reader, contentHint, true);
            } catch (IOException | RuntimeException e) {
                // EscapedTlmParser.NOT_PLAIN, or a fault: Jackson reads it again and decides.
            }
        }
        try {
            return text.read(parser -> fields(parser, type, reader, contentHint, text.whole()));
        } catch (DecodeException e) {
            throw under("fields", e);
        } catch (IOException e) {
            throw new DecodeException("fields", "not a " + type.getSimpleName() + ": " + WireJson.firstLine(e), e);
        }
    }

    private static <T> T fields(JsonParser parser, Class<T> type, RecordReader<T> reader, String contentHint,
            boolean whole) throws IOException {
        parser.nextToken();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            if (key.equals("fields")) {
                FieldsReading in = new FieldsReading(parser, type, contentHint);
                T fields = in.object("", type, reader);
                if (fields == null) {
                    throw new DecodeException("", "not a " + type.getSimpleName() + ": null");
                }
                readToTheEnd(parser, whole);
                return fields;
            }
            parser.skipChildren();
        }
        throw new DecodeException("", "missing");
    }

    /**
     * Reads what follows {@code fields}, to the end of the document (and of the text, when the
     * text is the document alone), so that a reading that succeeds proves the whole document JSON:
     * the event then need not check it again.
     */
    private static void readToTheEnd(JsonParser parser, boolean whole) throws IOException {
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            parser.nextToken();
            parser.skipChildren();
        }
        if (whole && parser.nextToken() != null) {
            throw new DecodeException("", "the TLM is not readable JSON: unexpected content after its JSON object");
        }
    }

    /** {@code e} moved under {@code key}: {@code key.e's where}. */
    static DecodeException under(String key, DecodeException e) {
        if (key.isEmpty()) {
            return e;
        }
        String where = e.where().isEmpty() ? key : key + "." + e.where();
        String message = e.getMessage();
        String prefix = e.where() + ": ";
        String bare = !e.where().isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return new DecodeException(where, bare, e.getCause() != null ? e.getCause() : e);
    }

    /** A record's constructor refused its values: its own DecodeException, or databind's wording. */
    DecodeException constructionFailed(Class<?> type, RuntimeException e) {
        if (e instanceof DecodeException decode) {
            return decode;
        }
        return new DecodeException("", "not a " + payload.getSimpleName() + ": Cannot construct instance of `"
                + type.getName() + "`, problem: " + e.getMessage(), e);
    }

    private JsonToken token() {
        return parser.currentToken();
    }

    private boolean isLong() throws IOException {
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
    }

    long longValue(String key) throws IOException {
        JsonToken token = token();
        if (token == JsonToken.VALUE_NUMBER_INT && isLong()) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        Long value = databind(key, long.class);
        return value == null ? 0 : value;
    }

    int intValue(String key) throws IOException {
        JsonToken token = token();
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        Integer value = databind(key, int.class);
        return value == null ? 0 : value;
    }

    boolean bool(String key) throws IOException {
        JsonToken token = token();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
            return false;
        }
        Boolean value = databind(key, boolean.class);
        return value != null && value;
    }

    /** A string read anew each time: ids, labels, tokens. */
    String string(String key) throws IOException {
        JsonToken token = token();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        return token == JsonToken.VALUE_NULL ? null : databind(key, String.class);
    }

    /** A string that repeats from event to event (a name, a type slug): shared when seen before. */
    String repeated(String key) throws IOException {
        return token() == JsonToken.VALUE_STRING ? cachedText() : string(key);
    }

    Optional<String> optionalString(String key) throws IOException {
        return Optional.ofNullable(token() == JsonToken.VALUE_STRING ? cachedText() : string(key));
    }

    /** The string token's text through {@link StringCache}; from the bytes themselves when the parser reads them in place. */
    private String cachedText() throws IOException {
        return parser instanceof EscapedTlmParser fast ? fast.repeatedText() : StringCache.text(parser);
    }

    OptionalLong optionalLong(String key) throws IOException {
        JsonToken token = token();
        if (token == JsonToken.VALUE_NUMBER_INT && isLong()) {
            return OptionalLong.of(parser.getLongValue());
        }
        if (token == JsonToken.VALUE_NULL) {
            return OptionalLong.empty();
        }
        return databind(key, OptionalLong.class);
    }

    /** Tracim's date; a token that is not a string is refused as the mapper's date reader refuses it. */
    Instant instant(String key) throws IOException {
        JsonToken token = token();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new DecodeException(key, "expected a date like \"2025-05-20T09:02:11Z\", got " + parser.getText());
        }
        Instant plain = parser instanceof EscapedTlmParser fast ? fast.plainDate() : null;
        if (plain != null) {
            return plain; // from the bytes in place, not copied to characters first
        }
        try {
            return TracimDate.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        } catch (DecodeException e) {
            throw under(key, e);
        }
    }

    Optional<Instant> optionalInstant(String key) throws IOException {
        return Optional.ofNullable(instant(key));
    }

    /** An enum by the spelling Tracim uses; what is not one of those goes to databind, which knows the rest. */
    <E extends Enum<E>> E enumValue(String key, Class<E> type, Map<String, E> bySpelling) throws IOException {
        JsonToken token = token();
        if (token == JsonToken.VALUE_STRING) {
            // The cached spelling: no new string, and its hash is known already.
            E known = bySpelling.get(cachedText());
            if (known != null) {
                return known;
            }
        } else if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return databind(key, type);
    }

    /** A record at {@code key}: null for null, read by {@code reader} for an object, databind's verdict otherwise. */
    <T> T object(String key, Class<T> type, RecordReader<T> reader) throws IOException {
        JsonToken token = token();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            return databind(key, type);
        }
        try {
            return reader.read(this);
        } catch (DecodeException e) {
            throw under(key, e);
        }
    }

    /**
     * As {@link #object(String, Class, RecordReader)}, for an object that repeats whole (a person):
     * when the parser reads the bytes in place and they are those of an object read before, that
     * object, its bytes taken in one compare instead of decoded again.
     */
    <T> T object(String key, Class<T> type, RecordReader<T> reader, RepeatedValues<T> seen) throws IOException {
        if (token() != JsonToken.START_OBJECT || !(parser instanceof EscapedTlmParser fast)) {
            return object(key, type, reader);
        }
        T value = seen.take(fast);
        if (value == null) {
            int start = fast.containerStart();
            value = object(key, type, reader);
            seen.keep(fast, start, value);
        }
        return value;
    }

    /** A value of a list: the element at the parser; the list puts the element's index in front of its errors. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(FieldsReading in) throws IOException;
    }

    /**
     * A list of {@code elementType} at {@code key}: null for null, each element by {@code element};
     * databind's verdict, as a {@code List<elementType>}, for what is not an array.
     */
    <T> List<T> list(String key, Class<T> elementType, ElementReader<T> element) throws IOException {
        JsonToken token = token();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            JavaType listType = WireJson.mapper().getTypeFactory().constructCollectionType(List.class, elementType);
            return databind(key, WireJson.mapper().readerFor(listType));
        }
        return elements(key, element);
    }

    /**
     * As {@link #list(String, Class, ElementReader)}, for a list that repeats whole (a space's
     * menu), as {@link #object(String, Class, RecordReader, RepeatedValues)} does; the list kept
     * and given is unmodifiable.
     */
    <T> List<T> list(String key, Class<T> elementType, ElementReader<T> element, RepeatedValues<List<T>> seen)
            throws IOException {
        if (token() != JsonToken.START_ARRAY || !(parser instanceof EscapedTlmParser fast)) {
            return list(key, elementType, element);
        }
        List<T> values = seen.take(fast);
        if (values == null) {
            int start = fast.containerStart();
            values = elements(key, element);
            if (values.contains(null)) {
                return values; // refused by the record's constructor, with its words
            }
            values = List.copyOf(values);
            seen.keep(fast, start, values);
        }
        return values;
    }

    /** The elements of the array at the parser. */
    private <T> List<T> elements(String key, ElementReader<T> element) throws IOException {
        List<T> values = new ArrayList<>();
        try {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                values.add(element.read(this));
            }
        } catch (DecodeException e) {
            throw under(key, under(Integer.toString(values.size()), e));
        }
        return values;
    }

    /** The value at the parser read by databind, as the mapper would have, its errors under {@code key}. */
    <T> T databind(String key, Class<T> type) throws IOException {
        return databind(key, DATABIND.get(type));
    }

    /** As {@link #databind(String, Class)}, the Content variant chosen by the hint as the mapper's reader did. */
    Content databindContent(String key) throws IOException {
        ObjectReader reader = DATABIND.get(Content.class);
        return databind(key, contentHint == null ? reader : reader.withAttribute(ContentDeserializer.CONTENT_TYPE_HINT, contentHint));
    }

    <T> T databind(String key, ObjectReader reader) throws IOException {
        if (parser instanceof EscapedTlmParser) {
            throw EscapedTlmParser.NOT_PLAIN; // databind reads Jackson's parser: the reading starts again with it
        }
        try {
            return reader.readValue(parser);
        } catch (DecodeException e) {
            throw under(key, e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw WireJson.decodeError(key, payload, e);
        }
    }
}
