package org.tracimdaemon.sdk.runtime.internal.socket;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The envelope's {@code path} and {@code type}, read with a streaming parser from the first bytes
 * of a message: enough for the event loop to tell a ping or a call's reply (the control path)
 * from an event, without decoding the message. The daemon writes {@code path} and {@code type}
 * first, so this stops long before a TLM. Empty strings when absent or unreadable: the full
 * decode on the dispatch thread reports what is wrong.
 * Internal to the SDK: not an API.
 *
 * @param path the sender's socket as written, or ""
 * @param type the message type, or ""
 */
public record EnvelopeHead(String path, String type) {
    private static final JsonFactory JSON = new JsonFactory();

    /** Nothing could be read. */
    public static final EnvelopeHead UNKNOWN = new EnvelopeHead("", "");

    private static final byte[] PATH_FIRST = "{\"path\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] TYPE_NEXT = ",\"type\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Peeks at {@code length} bytes of {@code buffer}, which may be the beginning of a message only. */
    public static EnvelopeHead peek(byte[] buffer, int length) {
        EnvelopeHead plain = peekPlain(buffer, length);
        return plain != null ? plain : peekWithParser(buffer, length);
    }

    /**
     * The daemon's own form, read without a parser (it ran on the event loop for every message, a
     * quarter of the loop's time): {@code {"path":"...","type":"..."} first, both strings of
     * printable ASCII without escapes. Null for anything else, which the parser reads; where this
     * answers, the parser answers the same (EnvelopeHeadTest compares them).
     */
    static EnvelopeHead peekPlain(byte[] buffer, int length) {
        if (!startsWith(buffer, length, 0, PATH_FIRST)) {
            return null;
        }
        int pathStart = PATH_FIRST.length;
        int pathEnd = plainStringEnd(buffer, length, pathStart);
        if (pathEnd < 0 || !startsWith(buffer, length, pathEnd + 1, TYPE_NEXT)) {
            return null;
        }
        int typeStart = pathEnd + 1 + TYPE_NEXT.length;
        int typeEnd = plainStringEnd(buffer, length, typeStart);
        if (typeEnd < 0) {
            return null;
        }
        return new EnvelopeHead(ascii(buffer, pathStart, pathEnd), ascii(buffer, typeStart, typeEnd));
    }

    private static boolean startsWith(byte[] buffer, int length, int at, byte[] prefix) {
        if (length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The index of the closing quote of a string of printable ASCII without escapes from {@code from}; -1 otherwise. */
    private static int plainStringEnd(byte[] buffer, int length, int from) {
        for (int i = from; i < length; i++) {
            byte b = buffer[i];
            if (b == '"') {
                return i;
            }
            if (b < 0x20 || b > 0x7e || b == '\\') {
                return -1;
            }
        }
        return -1;
    }

    private static String ascii(byte[] buffer, int from, int to) {
        return new String(buffer, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** As {@link #peek}, always with the streaming parser. */
    static EnvelopeHead peekWithParser(byte[] buffer, int length) {
        String path = null;
        String type = null;
        try (JsonParser parser = JSON.createParser(buffer, 0, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return UNKNOWN;
            }
            while (path == null || type == null) {
                if (parser.nextToken() != JsonToken.FIELD_NAME) {
                    break;
                }
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                // The daemon reads envelope keys case-insensitively; so does DaemonEvent.decode.
                if (value == JsonToken.VALUE_STRING && key.equalsIgnoreCase("path")) {
                    path = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && key.equalsIgnoreCase("type")) {
                    type = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // cut or not JSON: what was found so far is all there is
        }
        return new EnvelopeHead(path == null ? "" : path, type == null ? "" : type);
    }
}
