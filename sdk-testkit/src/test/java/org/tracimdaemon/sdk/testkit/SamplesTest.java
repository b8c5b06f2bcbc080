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
    void anUnsampledTypeIsRefusedWithTheListOfSamples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Samples.tlm("user.deleted"));
        assertTrue(e.getMessage().contains("Tlm builds the others"), e.getMessage());
    }
}
