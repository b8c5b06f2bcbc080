package org.tracimdaemon.sdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The baseline: dispatch as the Go and Python SDKs do it. The envelope is read into a JSON tree,
 * its type looked up in a map of handlers; for a Tracim event the TLM string is read into a tree
 * too and its event type looked up in a second map; handlers get trees.
 */
final class StringMapDispatch {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Consumer<JsonNode>> daemonHandlers = new HashMap<>();
    private final Map<String, Consumer<JsonNode>> tlmHandlers = new HashMap<>();

    StringMapDispatch() {
        daemonHandlers.put("daemon_tracim_event", this::tracimEvent);
    }

    void onTlm(String eventType, Consumer<JsonNode> handler) {
        tlmHandlers.put(eventType, handler);
    }

    void dispatch(byte[] message) {
        JsonNode envelope = read(message);
        Consumer<JsonNode> handler = daemonHandlers.get(envelope.path("type").asText());
        if (handler != null) {
            handler.accept(envelope);
        }
    }

    private void tracimEvent(JsonNode envelope) {
        JsonNode tlm;
        try {
            tlm = mapper.readTree(envelope.path("data").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Consumer<JsonNode> handler = tlmHandlers.get(tlm.path("event_type").asText());
        if (handler != null) {
            handler.accept(tlm.path("fields"));
        }
    }

    private JsonNode read(byte[] message) {
        try {
            return mapper.readTree(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
