package org.tracimdaemon.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void everyListedTlmSampleIsBundledAndIsOfItsType() throws Exception {
        assertEquals(25, Samples.TLM_EVENT_TYPES.size());
        for (String type : Samples.TLM_EVENT_TYPES) {
            JsonNode tlm = GoJson.MAPPER.readTree(Samples.tlm(type));
            assertEquals(type, tlm.path("event_type").asText(), type);
            assertTrue(tlm.path("fields").isObject(), type);
        }
    }

    @Test
    void daemonMessagesAreTheDaemonsBytes() {
        assertEquals("{\"path\":\"/home/alice/.config/TracimDaemon/master.sock\",\"type\":\"daemon_ping\"}",
                new String(Samples.daemonMessage("daemon_ping"), StandardCharsets.UTF_8));
    }

    @Test
    void everyListedDaemonMessageIsBundledAndIsOfItsType() throws Exception {
        assertEquals(22, Samples.DAEMON_MESSAGES.size());
        for (String name : Samples.DAEMON_MESSAGES) {
            JsonNode message = GoJson.MAPPER.readTree(Samples.daemonMessage(name));
            assertEquals(name.split("\\.", 2)[0], message.path("type").asText(), name);
        }
    }

    @Test
    void tlmSamplesAreTheTextTheDaemonCarries() throws Exception {
        String carried = GoJson.MAPPER.readTree(Samples.daemonMessage("daemon_tracim_event.user.modified"))
                .path("data").textValue();
        assertEquals(carried, Samples.tlm("user.modified"));
    }

    @Test
    void pluginRequestsAreTheGoSdksBytes() {
        assertEquals("{\"path\":\"/home/alice/.config/note-watcher/client.sock\",\"type\":\"daemon_ping\"}",
                new String(Samples.pluginRequest("daemon_ping"), StandardCharsets.UTF_8));
    }

    @Test
    void anUnsampledTypeIsRefusedWithTheListOfSamples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Samples.tlm("user.deleted"));
        assertTrue(e.getMessage().contains("Tlm builds the others"), e.getMessage());
    }
}
