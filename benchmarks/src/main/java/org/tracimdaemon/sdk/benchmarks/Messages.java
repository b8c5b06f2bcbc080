package org.tracimdaemon.sdk.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/** Sample daemon_tracim_event messages padded to an exact size, as the daemon would send them. */
final class Messages {
    private Messages() {}

    /**
     * A message of exactly {@code size} bytes: {@code user.modified} (with a longer client token)
     * below 2 KB, else {@code content.created.html-document} with a longer description.
     */
    static byte[] ofSize(int size) {
        boolean small = size < 2048;
        byte[] sample = DispatchBenchmark.sample(small ? "/daemon_tracim_event.user.modified.json" : "/daemon_tracim_event.json");
        try {
            ObjectNode envelope = (ObjectNode) WireJson.mapper().readTree(sample);
            ObjectNode tlm = (ObjectNode) WireJson.mapper().readTree(envelope.get("data").asText());
            ObjectNode fields = (ObjectNode) tlm.get("fields");
            ObjectNode padded = small ? fields : (ObjectNode) fields.get("content");
            String key = small ? "client_token" : "description";
            padded.put(key, "");
            int missing = size - encode(envelope, tlm).length;
            if (missing < 0) {
                throw new IllegalArgumentException("the smallest sample is larger than " + size + " bytes");
            }
            padded.put(key, "x".repeat(missing));
            return encode(envelope, tlm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(ObjectNode envelope, ObjectNode tlm) throws IOException {
        envelope.set("data", new TextNode(WireJson.mapper().writeValueAsString(tlm)));
        return WireJson.mapper().writeValueAsBytes(envelope);
    }
}
