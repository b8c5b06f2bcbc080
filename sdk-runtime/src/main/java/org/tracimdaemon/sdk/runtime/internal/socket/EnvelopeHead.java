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

    /** Peeks at {@code length} bytes of {@code buffer}, which may be the beginning of a message only. */
    public static EnvelopeHead peek(byte[] buffer, int length) {
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
