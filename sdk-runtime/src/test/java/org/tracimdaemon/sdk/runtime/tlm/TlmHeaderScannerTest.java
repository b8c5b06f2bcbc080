package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.wire.DecodeException;
import org.tracimdaemon.sdk.runtime.wire.WireJson;
import org.tracimdaemon.sdk.testkit.Samples;

/**
 * The header scanner is only an accelerator: wherever it answers, it must answer what the Jackson
 * path answers, and a document it lets through must still fail, as a typed error, once decoded.
 */
class TlmHeaderScannerTest {
    private static final List<String> SAMPLES = List.of(
            "content.created.comment", "content.created.html-document", "content.created.todo",
            "content.modified.file", "mention.created", "reaction.created", "user.modified",
            "user_config.modified", "workspace_subscription.modified");

    @Test
    void readsEverySampleHeaderAsJacksonDoes() throws IOException {
        for (String name : SAMPLES) {
            String json = Samples.tlm(name);
            TLMEvent fast = TlmHeaderScanner.scan(json).orElseThrow(() -> new AssertionError(name + " took the slow path"));
            assertEquals(TLMEvent.decodeWithJackson(json), fast, name);
            assertEquals(name, fast.eventType());
        }
    }

    @Test
    void readsHeadersInAnyKeyOrderAndWhitespace() {
        String json = "{ \"event_type\" : \"tag.created\",\n\t\"read\": \"2025-05-21T08:00:00Z\" , \"event_id\":7,"
                + " \"created\": \"2025-05-20T10:00:00Z\", \"extra\": [1, {\"a\": \"}\"}], \"fields\": {\"k\": \"\\\"{\"} }";
        assertEquals(Optional.of(TLMEvent.decodeWithJackson(json)), TlmHeaderScanner.scan(json));
    }

    @Test
    void leavesUnusualDocumentsToTheJacksonPath() {
        String tail = ", \"created\": \"2025-05-20T10:00:00Z\", \"fields\": {}}";
        List<String> unusual = List.of(
                "{\"event_id\": 7, \"event_type\": \"tag.\\u0063reated\"" + tail,    // escape in a header string
                "{\"event_id\": -7, \"event_type\": \"tag.created\"" + tail,         // negative id
                "{\"event_id\": 7.0, \"event_type\": \"tag.created\"" + tail,        // not an integer
                "{\"event_id\": 07, \"event_type\": \"tag.created\"" + tail,         // leading zero
                "{\"event_id\": 7, \"event_type\": \"tag.created\", \"x\": tru" + tail, // bad literal
                "{\"event_id\": 7, \"event_type\": \"tag.created\", \"created\": \"2025-05-20T10:00:00Z\"}",
                "{\"event_id\": 7, \"event_type\": \"tag.created\"" + tail + " x");   // trailing content
        for (String json : unusual) {
            assertEquals(Optional.empty(), TlmHeaderScanner.scan(json), json);
        }
        assertEquals("tag.created", TLMEvent.decode(unusual.get(0)).eventType());
        assertEquals(-7, TLMEvent.decode(unusual.get(1)).eventId());
        assertThrows(DecodeException.class, () -> TLMEvent.decode(unusual.get(4)));
    }

    @Test
    void everyTruncationOfEverySampleIsRefusedAsJacksonRefusesIt() throws IOException {
        for (String name : SAMPLES) {
            String json = Samples.tlm(name);
            for (int length = 0; length < json.length(); length++) {
                String truncated = json.substring(0, length);
                assertEquals(Optional.empty(), TlmHeaderScanner.scan(truncated), name + " cut at " + length);
                assertThrows(DecodeException.class, () -> TLMEvent.decode(truncated), name + " cut at " + length);
            }
        }
    }

    @Test
    void aCharacterChangedAnywhereGivesJacksonsAnswerOrATypedErrorWhenDecoded() throws IOException {
        int checked = 0;
        for (String name : List.of("content.created.comment", "user.modified", "mention.created")) {
            String json = Samples.tlm(name);
            for (int at = 0; at < json.length(); at++) {
                for (char replacement : "{}[]\",:0a\\ ".toCharArray()) {
                    String mutated = json.substring(0, at) + replacement + json.substring(at + 1);
                    checkAgainstJackson(mutated);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    private static void checkAgainstJackson(String json) {
        Optional<TLMEvent> fast = TlmHeaderScanner.scan(json);
        if (fast.isEmpty()) {
            return;
        }
        if (isJson(json)) {
            assertEquals(TLMEvent.decodeWithJackson(json), fast.get(), json);
        } else {
            // Only the inside of fields can be broken: decoding it must say so, as a typed error.
            try {
                fast.get().fields(UserEvent.class);
                fail("a broken document decoded: " + json);
            } catch (DecodeException expected) {
                assertTrue(expected.where().startsWith("fields"), expected.getMessage());
            }
        }
    }

    private static boolean isJson(String json) {
        try {
            WireJson.MAPPER.readTree(json);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

}
