package org.tracimdaemon.sdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * One message a plugin sent to the {@link FakeDaemon}, as the daemon read it.
 *
 * @param raw  the bytes of the daemon's single read (at most 4096), as UTF-8 text
 * @param path the envelope's {@code path}, empty when absent or unreadable
 * @param type the envelope's {@code type}, empty when absent or unreadable
 * @param data the envelope's {@code data}: a missing node when absent, null when unreadable
 */
public record ReceivedMessage(String raw, String path, String type, JsonNode data) {

    static ReceivedMessage of(byte[] bytes, int length, Envelope envelope) {
        String raw = new String(bytes, 0, length, StandardCharsets.UTF_8);
        return envelope == null
                ? new ReceivedMessage(raw, "", "", null)
                : new ReceivedMessage(raw, envelope.path(), envelope.type(), envelope.data());
    }

    /**
     * {@code data.<key>} as text, or empty when absent.
     *
     * @param key a key of the message's {@code data}
     * @return its text value, or empty
     */
    public String dataText(String key) {
        return data == null || !data.has(key) ? "" : data.get(key).asText();
    }
}
