package org.tracimdaemon.sdk.runtime.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Objects;

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
 * @param path the sender's socket: replies go there
 * @param type the message type, e.g. {@code daemon_tracim_event}
 * @param data the payload as JSON: {@link MissingNode} when the key is absent (the daemon omits
 *             it when there is nothing to send), a null node for {@code null}, or any value
 */
public record DaemonEvent(String path, String type, JsonNode data) {

    public DaemonEvent {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        data = data == null ? MissingNode.getInstance() : data;
    }

    /** An envelope without data, e.g. a {@code daemon_ping}. */
    public static DaemonEvent of(String path, String type) {
        return new DaemonEvent(path, type, MissingNode.getInstance());
    }

    /** An envelope whose data is the JSON form of {@code data} (a record, a map, a string...). */
    public static DaemonEvent of(String path, String type, Object data) {
        return new DaemonEvent(path, type, WireJson.MAPPER.valueToTree(data));
    }

    /** Whether {@code data} holds a value (not absent, not {@code null}). */
    public boolean hasData() {
        return !data.isMissingNode() && !data.isNull();
    }

    /**
     * Decodes one whole message as the daemon sends it: compact JSON, keys {@code path},
     * {@code type} and optionally {@code data} (read case-insensitively, as the daemon does;
     * unknown keys are ignored).
     *
     * @throws DecodeException if it is not a JSON object with string {@code path} and {@code type}
     */
    public static DaemonEvent decode(byte[] message) {
        return decode(message, 0, message.length);
    }

    /** As {@link #decode(byte[])}, for {@code length} bytes of {@code buffer} from {@code offset}. */
    public static DaemonEvent decode(byte[] buffer, int offset, int length) {
        try (JsonParser parser = WireJson.MAPPER.createParser(buffer, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DecodeException("", "a daemon message is a JSON object, got " + describe(parser));
            }
            String path = null;
            String type = null;
            JsonNode data = MissingNode.getInstance();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equalsIgnoreCase("path")) {
                    path = text(parser, value, "path");
                } else if (key.equalsIgnoreCase("type")) {
                    type = text(parser, value, "type");
                } else if (key.equalsIgnoreCase("data")) {
                    data = parser.readValueAsTree();
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
            return new DaemonEvent(path == null ? "" : path, type, data);
        } catch (DecodeException e) {
            throw e;
        } catch (IOException e) {
            throw new DecodeException("", "not readable JSON: " + WireJson.firstLine(e), e);
        }
    }

    /**
     * The data decoded as {@code type}, e.g. {@code AccountInfoData.class}. Absent or {@code null}
     * data reads as an empty object, so each record's own rule for missing keys decides: a
     * {@code daemon_client_deleted} without data gives an empty {@link ClientData}, an account
     * info without a user id is an error. It never returns null.
     *
     * @throws DecodeException if it does not have that shape; the message names the key
     */
    public <T> T dataAs(Class<T> type) {
        return WireJson.treeToValue(hasData() ? data : WireJson.MAPPER.createObjectNode(), type, "data");
    }

    /**
     * This envelope as the daemon reads it: compact JSON, keys {@code path}, {@code type},
     * {@code data} (left out when absent), in one piece of at most
     * {@value MessageTooLargeException#DAEMON_READ_LIMIT} bytes.
     *
     * @throws MessageTooLargeException if it is longer than the daemon reads
     */
    public byte[] encode() {
        byte[] bytes = WireJson.encodeEnvelope(this);
        if (bytes.length > MessageTooLargeException.DAEMON_READ_LIMIT) {
            throw new MessageTooLargeException(type, bytes.length);
        }
        return bytes;
    }

    private static String text(JsonParser parser, JsonToken token, String key) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new DecodeException(key, "expected a string, got " + describe(parser));
        }
        return parser.getText();
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
