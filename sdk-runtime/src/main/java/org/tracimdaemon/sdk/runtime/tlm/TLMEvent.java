package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.json.DataSpan;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

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
 * <p>The SDK's own payload records are read by streaming readers straight from the message the
 * event came in, without a tree and without reflection; any other class goes through Jackson
 * databind with the SDK's mapper.
 */
public final class TLMEvent {

    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return WireJson.mapper().readerFor(type);
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

    private final long eventId;
    private final String eventType;
    private final Instant created;
    private final Optional<Instant> read;
    private final TlmText text;
    /**
     * Whether the whole document is known to be JSON. A daemon's event is decoded with its header
     * alone, so that an event no handler takes is not checked; the first read beyond the header
     * checks it. Not volatile: racing threads at worst both check.
     */
    private boolean checked;

    /**
     * A TLM with the given header and document.
     *
     * @param eventId   Tracim's id of the event, increasing, the same for every receiver
     * @param eventType e.g. {@code content.created.html-document}
     * @param created   when Tracim created the event
     * @param read      when the user read it: empty on live delivery
     * @param json      the whole TLM document
     */
    public TLMEvent(long eventId, String eventType, Instant created, Optional<Instant> read, String json) {
        this(eventId, eventType, created, read, new TlmText.Plain(Objects.requireNonNull(json, "json")));
    }

    TLMEvent(long eventId, String eventType, Instant created, Optional<Instant> read, TlmText text) {
        this(eventId, eventType, created, read, text, true);
    }

    /** {@code checked}: whether {@code text} is known to be JSON, or is to be checked on first read beyond the header. */
    TLMEvent(long eventId, String eventType, Instant created, Optional<Instant> read, TlmText text, boolean checked) {
        this.checked = checked;
        this.eventId = eventId;
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.created = Objects.requireNonNull(created, "created");
        this.read = Objects.requireNonNull(read, "read");
        this.text = text;
    }

    /** {@return Tracim's id of the event ({@code event_id}): increasing, the same for every receiver} */
    public long eventId() {
        return eventId;
    }

    /** {@return the event type ({@code event_type}), e.g. {@code content.created.html-document}} */
    public String eventType() {
        return eventType;
    }

    /** {@return when Tracim created the event ({@code created}), to the second} */
    public Instant created() {
        return created;
    }

    /** {@return when the user read it ({@code read}): empty on live delivery, a date only in replays} */
    public Optional<Instant> read() {
        return read;
    }

    /** {@return the whole TLM document as received (built anew on each call for a daemon's event: keep it)} */
    public String json() {
        return text.asString();
    }

    /**
     * The TLM inside a {@code daemon_tracim_event}: its {@code data} is a JSON string holding the
     * TLM document (the daemon encodes it twice); an embedded JSON object is accepted too.
     *
     * <p>Only the header is read from a string: the rest of the document is checked when its
     * fields are first read ({@link #fields(Class)}, {@link #fieldsTree()}), which then throw the
     * {@link DecodeException} this method would have thrown for a TLM that is not JSON. The header
     * is read from the document's end, where Tracim writes it, so an event no handler takes costs
     * the envelope's pass over its bytes and little more: its fields are not even walked.
     *
     * @param event a {@code daemon_tracim_event}
     * @return its TLM, header decoded, {@code fields} left for {@link #fields(Class)}
     * @throws DecodeException if {@code data} is neither, or the TLM's header is malformed
     */
    public static TLMEvent decode(DaemonEvent event) {
        DataSpan span = EventSpans.of(event);
        try {
            if (span != null && span.token() == JsonToken.VALUE_STRING) {
                // A span with its end was found by the envelope's scan, which checked the string up to its closing quote.
                TlmText text = new TlmText.Escaped(span.source(), span.offset(), span.end() < 0 ? -1 : span.end() - 1);
                // From the end, where Tracim writes the header; else from the start, past fields.
                TLMEvent header = span.end() < 0 ? null : EscapedTailScan.scan(span.source(), span.offset(), span.end(), text);
                if (header == null) {
                    header = EscapedHeaderScan.scan(span.source(), span.offset(), text);
                }
                return header != null ? header : TlmHeaderReader.read(text);
            }
            if (span != null && span.token() == JsonToken.START_OBJECT) {
                return TlmHeaderReader.read(new TlmText.Embedded(span.source(), span.offset()));
            }
            JsonNode data = event.data();
            if (data.isTextual()) {
                return decode(data.textValue());
            }
            if (data.isObject()) {
                return decode(WireJson.mapper().writeValueAsString(data));
            }
            throw new DecodeException("", "a daemon_tracim_event carries the TLM as a JSON string or object, got "
                    + (data.isMissingNode() ? "no data" : data.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        } catch (DecodeException e) {
            throw underData(e);
        } catch (JsonProcessingException e) {
            throw new DecodeException("data", "cannot re-read the embedded TLM: " + WireJson.firstLine(e), e);
        }
    }

    /**
     * Decodes a TLM document's header: {@code event_id}, {@code event_type}, {@code created},
     * {@code read}; {@code fields} must be an object and is decoded later by {@link #fields(Class)}.
     * The whole document must be JSON, with nothing after it.
     *
     * @param json one TLM document, as Tracim's SSE {@code data:} line holds it
     * @return the TLM, {@code fields} left for {@link #fields(Class)}
     * @throws DecodeException naming the key at fault
     */
    public static TLMEvent decode(String json) {
        return TlmHeaderReader.read(new TlmText.Plain(json));
    }

    /**
     * Decodes {@code fields} into a payload record, e.g. {@code ContentEvent.class} for
     * {@code content.*} events. Each call decodes anew: keep the result.
     *
     * @param <T>  the payload's type
     * @param type the payload record that fits the event type, or any class Jackson can decode
     * @return the decoded {@code fields}
     * @throws DecodeException if the fields do not have that shape, the message naming the key; or
     *                         if the document is not JSON, as {@link #decode(DaemonEvent)} says it
     */
    public <T> T fields(Class<T> type) {
        RecordReader<T> reader = FieldsReaders.of(type);
        if (reader == null) {
            return fieldsWithDatabind(type);
        }
        T fields;
        try {
            // It reads the whole document with Jackson: done, the document is JSON.
            fields = FieldsReading.read(text, type, reader, contentTypeHint());
        } catch (DecodeException e) {
            checkDocument(); // a document that is not JSON is reported as such, as decode() would have
            throw e;
        }
        checked = true;
        return fields;
    }

    /**
     * This TLM, once its whole document is known to be JSON. {@link #decode(DaemonEvent)} reads the
     * header alone, so that an event no handler takes costs little; {@link #fields(Class)} and
     * {@link #fieldsTree()} check the rest as they read it. A dispatcher calls this before a handler
     * that takes the {@code TLMEvent} alone, so that no handler sees a document that is not JSON.
     *
     * <pre>{@code
     * TLMEvent tlm = TLMEvent.decode(event).checked();
     * }</pre>
     *
     * @return this TLM
     * @throws DecodeException as {@link #decode(DaemonEvent)} says it, if the document is not JSON
     */
    public TLMEvent checked() {
        checkDocument();
        return this;
    }

    /**
     * Checks, once, that the document is JSON, as {@link #decode(DaemonEvent)} checks its header.
     *
     * @throws DecodeException as {@link #decode(DaemonEvent)} does for a document that is not JSON
     */
    private void checkDocument() {
        if (checked) {
            return;
        }
        try {
            TlmHeaderReader.read(text);
        } catch (DecodeException e) {
            throw underData(e);
        }
        checked = true;
    }

    /**
     * As {@link #fields(Class)}, through Jackson databind whatever the type: the way the SDK
     * decoded before its streaming readers, kept for classes it has no reader for. The differential
     * tests and the benchmarks reach it through {@code internal.tlm.DatabindFields}: keep its name
     * and signature.
     *
     * @param <T>  the payload's type
     * @param type the class to decode {@code fields} into
     * @return the decoded {@code fields}
     * @throws DecodeException if the fields do not have that shape
     */
    <T> T fieldsWithDatabind(Class<T> type) {
        checkDocument();
        try {
            return text.read(parser -> {
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
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof DecodeException decode && decode.getCause() == null) {
                throw decode;
            }
            throw WireJson.decodeError("fields", type, e);
        }
    }

    /**
     * The content type a content event's type names, when it is one the SDK knows; else null.
     * Matched in place against the catalogue's constants: a substring to look up was a new string,
     * and its hash computed, at every decode.
     */
    private String contentTypeHint() {
        if (!eventType.startsWith("content.")) {
            return null;
        }
        int start = eventType.lastIndexOf('.') + 1;
        for (String contentType : EventCatalogue.CONTENT_TYPES) {
            if (eventType.length() - start == contentType.length() && eventType.startsWith(contentType, start)) {
                return contentType;
            }
        }
        return null;
    }

    private ObjectReader reader(Class<?> type) {
        String hint = contentTypeHint();
        return hint == null ? READERS.get(type) : CONTENT_READERS.get(type).get(hint);
    }

    /**
     * {@return the {@code fields} object as a JSON tree, for types the SDK has no record for}
     *
     * @throws DecodeException if the TLM is not readable JSON
     */
    public JsonNode fieldsTree() {
        checkDocument();
        try {
            JsonNode fields = text.<JsonNode>read(parser -> WireJson.mapper().readTree(parser)).get("fields");
            return Objects.requireNonNull(fields, "fields");
        } catch (IOException e) {
            throw new DecodeException("", "the TLM is not readable JSON: " + WireJson.firstLine(e), e);
        }
    }

    /** {@return the entity, first part of the event type, e.g. {@code content}} */
    public String entity() {
        int dot = eventType.indexOf('.');
        return dot < 0 ? eventType : eventType.substring(0, dot);
    }

    /** {@return the operation, second part of the event type, e.g. {@code created}; {@code ""} if there is none} */
    public String operation() {
        int first = eventType.indexOf('.');
        if (first < 0) {
            return "";
        }
        int second = eventType.indexOf('.', first + 1);
        return second < 0 ? eventType.substring(first + 1) : eventType.substring(first + 1, second);
    }

    /** {@return the content type, third part of content event types, e.g. {@code html-document}; empty for other events} */
    public Optional<String> contentType() {
        int first = eventType.indexOf('.');
        int second = first < 0 ? -1 : eventType.indexOf('.', first + 1);
        return second < 0 ? Optional.empty() : Optional.of(eventType.substring(second + 1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TLMEvent that && eventId == that.eventId && eventType.equals(that.eventType)
                && created.equals(that.created) && read.equals(that.read) && json().equals(that.json());
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, eventType, created, read);
    }

    @Override
    public String toString() {
        return "TLMEvent[" + eventId + " " + eventType + " " + created + "]";
    }

    /** {@code e}, from reading the data of a daemon_tracim_event, named as under {@code data}. */
    private static DecodeException underData(DecodeException e) {
        return new DecodeException(e.where().isEmpty() ? "data" : "data." + e.where(), stripWhere(e), e);
    }

    private static String stripWhere(DecodeException e) {
        String prefix = e.where() + ": ";
        return !e.where().isEmpty() && e.getMessage().startsWith(prefix)
                ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }
}
