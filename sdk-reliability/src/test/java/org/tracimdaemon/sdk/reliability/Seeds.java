package org.tracimdaemon.sdk.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.tracimdaemon.sdk.testkit.Samples;

/** The fuzzers' seeds: every sample the daemon and Tracim produced, as bytes. */
final class Seeds {
    private Seeds() {}

    static final ObjectMapper JSON = new ObjectMapper();

    static final String MASTER = "/home/alice/.config/TracimDaemon/master.sock";

    /** The daemon's messages, byte for byte: every sample the test kit bundles. */
    static List<byte[]> daemonMessages() {
        return Samples.DAEMON_MESSAGES.stream().map(Samples::daemonMessage).toList();
    }

    /** Tracim's TLM documents: every sample the test kit bundles. */
    static List<String> tlms() {
        return Samples.TLM_EVENT_TYPES.stream().map(Samples::tlm).toList();
    }

    /** A {@code daemon_tracim_event} carrying {@code tlm} as the daemon does: a JSON string. */
    static byte[] tracimEventAsString(String tlm) {
        ObjectNode envelope = JSON.createObjectNode().put("path", MASTER).put("type", "daemon_tracim_event");
        envelope.set("data", new TextNode(tlm));
        return write(envelope);
    }

    /**
     * A {@code daemon_tracim_event} carrying {@code tlm} as an embedded object, its text verbatim
     * (huge numbers and deep nesting included), when it is JSON; as a string otherwise.
     */
    static byte[] tracimEventAsObject(String tlm) {
        try {
            JSON.readTree(tlm);
        } catch (IOException | RuntimeException e) {
            return tracimEventAsString(tlm);
        }
        return ("{\"path\":\"" + MASTER + "\",\"type\":\"daemon_tracim_event\",\"data\":" + tlm + "}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] write(Object tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
