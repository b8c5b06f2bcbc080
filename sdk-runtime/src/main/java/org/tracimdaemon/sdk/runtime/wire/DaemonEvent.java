package org.tracimdaemon.sdk.runtime.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.json.DataSpan;
import org.tracimdaemon.sdk.runtime.internal.json.JsonScanner;
import org.tracimdaemon.sdk.runtime.internal.json.StringCache;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * The envelope of every message between the daemon and a plugin.
 *
 * <pre>{@code
 * DaemonEvent event = DaemonEvent.decode(bytes);
 * if (event.type().equals(DaemonTypes.ACCOUNT_INFO)) {
 *     AccountInfoData me = event.dataAs(AccountInfoData.class);
 * }
 * }</pre>
 *
 * <p>A decoded event does not build its {@code data} as a tree: it remembers where the value is in
 * the message and reads it when asked ({@link #data()}, {@link #dataAs(Class)}, or
 * {@code TLMEvent.decode}), so that an event no handler takes costs one pass over its bytes.
 */
public final class DaemonEvent {
    private final String path;
    private final String type;
    /** The message the data is read from; null for an event built from a tree. */
    private final byte[] source;
    /** Where the data value starts in {@link #source}. */
    private final int dataOffset;
    /** The index after the data value's last byte, or -1 when {@link #parse} read it. */
    private final int dataEnd;
    /** The data value's first token: null when the key is absent. */
    private final JsonToken dataToken;
    /** The data as a tree: given, or read on first use. */
    private volatile JsonNode data;
    /** What {@link #encode()} writes, when built from a record encoded without databind; else null. */
    private final byte[] encoded;

    /**
     * An envelope with the given data.
     *
     * @param path the sender's socket: replies go there
     * @param type the message type, e.g. {@code daemon_tracim_event}
     * @param data the payload as JSON: null or {@link MissingNode} when absent, a null node for {@code null}
     */
    public DaemonEvent(String path, String type, JsonNode data) {
        this.path = Objects.requireNonNull(path, "path");
        this.type = Objects.requireNonNull(type, "type");
        this.data = data == null ? MissingNode.getInstance() : data;
        this.source = null;
        this.dataOffset = -1;
        this.dataEnd = -1;
        this.dataToken = null;
        this.encoded = null;
    }

    private DaemonEvent(String path, String type, byte[] source, int dataOffset, int dataEnd, JsonToken dataToken,
            JsonNode scalar) {
        this.path = path;
        this.type = type;
        this.source = source;
        this.dataOffset = dataOffset;
        this.dataEnd = dataEnd;
        this.dataToken = dataToken;
        this.data = dataToken == null ? MissingNode.getInstance() : scalar;
        this.encoded = null;
    }

    /** {@code decoded}, which was decoded from {@code encoded}, encoding as those bytes. */
    private DaemonEvent(DaemonEvent decoded, byte[] encoded) {
        this.path = decoded.path;
        this.type = decoded.type;
        this.source = decoded.source;
        this.dataOffset = decoded.dataOffset;
        this.dataEnd = decoded.dataEnd;
        this.dataToken = decoded.dataToken;
        this.data = decoded.data;
        this.encoded = encoded;
    }

    /**
     * An envelope without data, e.g. a {@code daemon_ping}.
     *
     * @param path the sender's socket, written as the envelope's {@code path}: replies go there
     * @param type the message type, e.g. {@code daemon_ping}
     * @return the envelope, with no {@code data} key
     */
    public static DaemonEvent of(String path, String type) {
        return new DaemonEvent(path, type, MissingNode.getInstance());
    }

    /**
     * An envelope whose data is the JSON form of {@code data} (a record, a map, a string...).
     *
     * @param path the sender's socket, written as the envelope's {@code path}: replies go there
     * @param type the message type, e.g. {@code daemon_client_add}
     * @param data written as the envelope's {@code data} by the SDK's mapper: snake_case keys, or
     *             the names a record's {@code @JsonProperty} gives
     * @return the envelope
     */
    public static DaemonEvent of(String path, String type, Object data) {
        if (data instanceof ClientData client) {
            // Registration: the same bytes as the mapper writes, without loading databind at start-up.
            byte[] bytes = EnvelopeWriter.encodeEnvelope(Objects.requireNonNull(path, "path"),
                    Objects.requireNonNull(type, "type"), client);
            return new DaemonEvent(decode(bytes.clone()), bytes);
        }
        return new DaemonEvent(path, type, WireJson.mapper().valueToTree(data));
    }

    /** {@return the envelope's {@code path}: the sender's socket, where replies go; {@code ""} if absent} */
    public String path() {
        return path;
    }

    /** {@return the envelope's {@code type}, e.g. {@code daemon_tracim_event}} */
    public String type() {
        return type;
    }

    /**
     * The payload as a JSON tree: {@link MissingNode} when the key is absent (the daemon omits it
     * when there is nothing to send), a null node for {@code null}, or any value. Built on first
     * use from the message: prefer {@link #dataAs(Class)} or {@code TLMEvent.decode}, which do not
     * build it.
     *
     * @return the tree of the envelope's {@code data}, never null
     */
    public JsonNode data() {
        JsonNode tree = data;
        if (tree == null) {
            try (JsonParser parser = WireJson.FACTORY.createParser(source, dataOffset, source.length - dataOffset)) {
                tree = WireJson.mapper().readTree(parser);
            } catch (IOException e) {
                // decode() read this value already: it cannot fail now.
                throw new IllegalStateException("re-reading data that decoded once", e);
            }
            data = tree;
        }
        return tree;
    }

    /** {@return whether {@code data} holds a value (not absent, not {@code null})} */
    public boolean hasData() {
        if (source != null) {
            return dataToken != null && dataToken != JsonToken.VALUE_NULL;
        }
        return !data.isMissingNode() && !data.isNull();
    }

    /**
     * Decodes one whole message as the daemon sends it: compact JSON, keys {@code path},
     * {@code type} and optionally {@code data} (read case-insensitively, as the daemon does;
     * unknown keys are ignored). The event keeps {@code message} to read its data later: the
     * caller hands the array over and must not change it afterwards.
     *
     * @param message the bytes of one connection, read to EOF
     * @return the envelope; its {@code path} is {@code ""} when the key is absent
     * @throws DecodeException if it is not a JSON object with string {@code path} and {@code type}
     */
    public static DaemonEvent decode(byte[] message) {
        DaemonEvent scanned = scan(message);
        return scanned != null ? scanned : parse(message);
    }

    /**
     * The envelope as the daemon writes it, found by a {@link JsonScanner} without a parser: plain
     * ASCII, keys spelled {@code path}, {@code type}, {@code data}, data a string or an object.
     * Null for anything else: {@link #parse} reads it with Jackson, which accepts it or names the fault.
     */
    private static DaemonEvent scan(byte[] message) {
        JsonScanner scan = new JsonScanner(message, 0, message.length);
        scan.whitespace();
        if (!scan.take('{')) {
            return null;
        }
        String path = null;
        String type = null;
        int dataOffset = -1;
        int dataEnd = -1;
        JsonToken dataToken = null;
        do {
            scan.whitespace();
            int key = scan.plainString();
            if (key < 0) {
                return null;
            }
            boolean isPath = scan.contentIs(key, "path");
            boolean isType = scan.contentIs(key, "type");
            boolean isData = scan.contentIs(key, "data");
            if (!(isPath || isType || isData) && (scan.contentIsIgnoringCase(key, "path")
                    || scan.contentIsIgnoringCase(key, "type") || scan.contentIsIgnoringCase(key, "data"))) {
                return null; // "PATH" and the like: the daemon reads keys case-insensitively, and so does parse()
            }
            scan.whitespace();
            if (!scan.take(':')) {
                return null;
            }
            scan.whitespace();
            if (isPath || isType) {
                int start = scan.plainString();
                if (start < 0) {
                    return null;
                }
                String text = StringCache.ascii(message, start, scan.position() - 1);
                if (isPath) {
                    path = text;
                } else {
                    type = text;
                }
            } else if (isData) {
                dataOffset = scan.position();
                int first = scan.peek();
                dataToken = first == '"' ? JsonToken.VALUE_STRING : JsonToken.START_OBJECT;
                if (first != '"' && first != '{' || !scan.value(1)) {
                    return null;
                }
                dataEnd = scan.position();
            } else if (!scan.value(1)) {
                return null;
            }
            scan.whitespace();
        } while (scan.take(','));
        if (!scan.take('}') || !scan.atEnd() || type == null) {
            return null;
        }
        return new DaemonEvent(path == null ? "" : path, type, message, dataOffset, dataEnd, dataToken, null);
    }

    /** The exact path, with Jackson: slower, and the one that names what is wrong. */
    private static DaemonEvent parse(byte[] message) {
        try (JsonParser parser = WireJson.FACTORY.createParser(message)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DecodeException("", "a daemon message is a JSON object, got " + describe(parser));
            }
            String path = null;
            String type = null;
            int dataOffset = -1;
            JsonToken dataToken = null;
            JsonNode scalar = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equalsIgnoreCase("path")) {
                    path = text(parser, value, "path");
                } else if (key.equalsIgnoreCase("type")) {
                    type = text(parser, value, "type");
                } else if (key.equalsIgnoreCase("data")) {
                    dataOffset = (int) parser.currentTokenLocation().getByteOffset();
                    dataToken = value;
                    scalar = null;
                    // Validates the value as reading it would, without building it.
                    if (value == JsonToken.VALUE_STRING) {
                        parser.finishToken();
                    } else if (value.isStructStart()) {
                        parser.skipChildren();
                    } else {
                        // A number cannot be re-read alone (it needs what follows): keep the tree, it is small.
                        scalar = WireJson.mapper().readTree(parser);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new DecodeException("", "unexpected content after the message's JSON object");
            }
            if (type == null) {
                throw new DecodeException("type", "missing: every daemon message has a string \"type\"");
            }
            return new DaemonEvent(path == null ? "" : path, type, message, dataOffset, -1, dataToken, scalar);
        } catch (DecodeException e) {
            throw e;
        } catch (IOException e) {
            throw new DecodeException("", "not readable JSON: " + WireJson.firstLine(e), e);
        }
    }

    /**
     * As {@link #decode(byte[])}, for {@code length} bytes of {@code buffer} from {@code offset}, which it copies.
     *
     * @param buffer holds the message
     * @param offset where the message starts in {@code buffer}
     * @param length the message's size in bytes
     * @return the envelope
     * @throws DecodeException as {@link #decode(byte[])}
     */
    public static DaemonEvent decode(byte[] buffer, int offset, int length) {
        return decode(Arrays.copyOfRange(buffer, offset, offset + length));
    }

    /**
     * The data decoded as {@code type}, e.g. {@code AccountInfoData.class}. Absent or {@code null}
     * data reads as an empty object, so each record's own rule for missing keys decides: a
     * {@code daemon_client_deleted} without data gives an empty {@link ClientData}, an account
     * info without a user id is an error. It never returns null.
     *
     * @param <T>  the record's type
     * @param type the record class to decode into
     * @return the decoded data
     * @throws DecodeException if it does not have that shape; the message names the key
     */
    public <T> T dataAs(Class<T> type) {
        Object read = source == null ? null : PlainData.read(this, type);
        if (read != null) {
            return type.cast(read);
        }
        return WireJson.treeToValue(hasData() ? data() : WireJson.mapper().createObjectNode(), type, "data");
    }

    /**
     * This envelope as the daemon reads it: compact JSON, keys {@code path}, {@code type},
     * {@code data} (left out when absent), in one piece of at most
     * {@value MessageTooLargeException#DAEMON_READ_LIMIT} bytes.
     *
     * @return the UTF-8 JSON bytes to write in one piece
     * @throws MessageTooLargeException if it is longer than the daemon reads
     */
    public byte[] encode() {
        byte[] bytes = encoded != null ? encoded.clone() : EnvelopeWriter.encodeEnvelope(this);
        if (bytes.length > MessageTooLargeException.DAEMON_READ_LIMIT) {
            throw new MessageTooLargeException(type, bytes.length);
        }
        return bytes;
    }

    /**
     * The message this event was decoded from, and where its data starts; null when built from a
     * tree. The TLM decoder reads it through a private lookup ({@code tlm.EventSpans}): keep the
     * name and signature.
     */
    DataSpan span() {
        return source == null || dataToken == null ? null : new DataSpan(source, dataOffset, dataEnd, dataToken);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DaemonEvent that && path.equals(that.path) && type.equals(that.type)
                && data().equals(that.data());
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, type, data());
    }

    @Override
    public String toString() {
        return "DaemonEvent[path=" + path + ", type=" + type + ", data=" + data() + "]";
    }

    private static String text(JsonParser parser, JsonToken token, String key) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new DecodeException(key, "expected a string, got " + describe(parser));
        }
        return StringCache.text(parser); // the daemon's path and the message types repeat
    }

    private static String describe(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string \"" + parser.getText() + "\"";
            case VALUE_NULL -> "null";
            default -> parser.getText();
        };
    }
}
