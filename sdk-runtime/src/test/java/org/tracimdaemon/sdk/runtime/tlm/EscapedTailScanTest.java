package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.json.DataSpan;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.testkit.Samples;

/**
 * The header read backwards from the end of the carrying string is Jackson's for every document
 * Jackson reads, and the scan gives up (for the forward scan to decide) wherever the end does not
 * plainly hold the whole header: it reads every sample, and is attacked by one-character changes of
 * the TLM and of the carrying string's own bytes.
 */
class EscapedTailScanTest {
    private static final String HEADER = "\"event_id\": 7, \"event_type\": \"content.created.html-document\","
            + " \"created\": \"2025-05-20T10:00:00Z\", \"read\": null";

    /** The tail scan's answer for the TLM in {@code event}'s data string, or null. */
    private static TLMEvent tail(DaemonEvent event) {
        DataSpan span = EventSpans.of(event);
        return EscapedTailScan.scan(span.source(), span.offset(), span.end(),
                new TlmText.Escaped(span.source(), span.offset()));
    }

    private static TLMEvent tail(String tlm) {
        return tail(LazyTlmCheckTest.carried(tlm));
    }

    @Test
    void readsTheHeaderOfEverySampleAsJacksonDoes() {
        for (String name : Samples.TLM_EVENT_TYPES) {
            String json = Samples.tlm(name);
            TLMEvent scanned = tail(json);
            assertNotNull(scanned, name);
            assertEquals(JacksonHeader.read(json), Optional.of(scanned), name);
        }
    }

    @Test
    void readsTheHeaderOfEveryDaemonSampleAsTheEnvelopeCarriesIt() {
        for (String name : Samples.DAEMON_MESSAGES) {
            DaemonEvent event = DaemonEvent.decode(Samples.daemonMessage(name));
            if (!event.type().equals("daemon_tracim_event")) {
                continue;
            }
            TLMEvent scanned = tail(event);
            assertNotNull(scanned, name);
            assertEquals(JacksonHeader.read(event.data().textValue()), Optional.of(scanned), name);
        }
    }

    @Test
    void givesUpWhereTheEndDoesNotPlainlyHoldTheHeader() {
        List<String> forward = List.of(
                "{\"event_id\": 7, \"fields\": {}, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"fields\": {}, \"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\"}",
                "{\"read\": null, \"fields\": {}, \"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\"}",
                "{\"fields\": {}, \"event_id\": 7, \"event_type\": \"a\\\"b\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"fields\": {}, \"event_id\": 7, \"event_type\": \"\\u0061\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"fields\": {}, \"event_id\": 7, \"event_id\": 8, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"fields\": {}, \"event_id\": 07, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"fields\": {}, \"event_id\": -7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"fields\": {}, \"event_id\": 7.0, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"fields\": {}, \"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20 10:00:00\", \"read\": null}",
                "{\"fields\": {}, \"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": 1}",
                "{\"fields\": {}, \"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null,\n\"x\": 1}",
                "{\"fields\": {}, \"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null, \"fields\": 1}",
                "{\"fields\": 1, \"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"x\": {}, \"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}",
                "{\"fields\": {}, \"x\": \"a\\\\\", \"event_id\": 7, \"event_type\": \"a\", \"created\": \"2025-05-20T10:00:00Z\", \"read\": null}");
        for (String json : forward) {
            assertNull(tail(json), json);
        }
    }

    @Test
    void aHeaderLookingStringInAValueIsNoHeader() {
        // The quotes inside the value are TLM escapes, \\\" in the carrying string: the scan sees them.
        String json = "{\"fields\": {}, \"note\": \"\\\", \\\"event_type\\\": \\\"evil\", " + HEADER + "}";
        TLMEvent decoded = TLMEvent.decode(LazyTlmCheckTest.carried(json));
        assertEquals("content.created.html-document", decoded.eventType());
        assertEquals(JacksonHeader.read(json), Optional.of(decoded));
        String after = "{\"fields\": {}, " + HEADER + ", \"note\": \"\\\", \\\"event_type\\\": \\\"evil\"}";
        assertNull(tail(after));
        assertEquals(JacksonHeader.read(after), Optional.of(TLMEvent.decode(LazyTlmCheckTest.carried(after))));
    }

    @Test
    void readsKeysAfterTheHeaderAndADateOfReading() {
        String json = "{ \"fields\" : {\"a\": [1]}, \"event_type\": \"x.y\", \"b\": \"{[,:\", \"event_id\": 0,"
                + " \"read\": \"2025-05-21T08:00:00Z\", \"created\": \"2025-05-20T10:00:00Z\", \"c\": null, \"d\": 12 } ";
        TLMEvent scanned = tail(json);
        assertNotNull(scanned);
        assertEquals(JacksonHeader.read(json), Optional.of(scanned));
    }

    @Test
    void aCharacterChangedAnywhereInTheDocumentGivesJacksonsHeaderOrNone() {
        TlmHeaderReaderTest.forEveryCharacterChanged(EscapedTailScanTest::agreesWithJackson);
    }

    /** Whenever the scan reads a header from a document Jackson reads, it is Jackson's. */
    private static void agreesWithJackson(String json) {
        DaemonEvent event;
        try {
            event = LazyTlmCheckTest.carried(json);
        } catch (DecodeException e) {
            return;
        }
        agreesWithJackson(event, json);
    }

    private static void agreesWithJackson(DaemonEvent event, String json) {
        TLMEvent scanned = tail(event);
        if (scanned == null || JacksonHeader.hasDuplicateKeys(json)) {
            return; // the forward scan decides; a tree keeps a key's last value, a stream sees every one
        }
        Optional<TLMEvent> expected = JacksonHeader.read(json);
        if (expected.isPresent()) {
            assertEquals(expected, Optional.of(scanned), json);
        } else {
            // Not JSON, or a wrong header: the first read beyond the header must say so.
            TLMEvent decoded = TLMEvent.decode(event);
            try {
                decoded.fieldsTree();
            } catch (DecodeException e) {
                return;
            }
            throw new AssertionError("read a header and fields from a document Jackson refuses: " + json);
        }
    }

    @Test
    void aByteOfTheCarryingStringChangedNearEitherEndGivesJacksonsHeaderOrNone() {
        int checked = 0;
        for (String name : List.of("content.created.html-document", "user.modified", "mention.created")) {
            byte[] message = ("{\"path\":\"/m.sock\",\"type\":\"daemon_tracim_event\",\"data\":"
                    + new TextNode(Samples.tlm(name)) + "}").getBytes(StandardCharsets.UTF_8);
            int data = "{\"path\":\"/m.sock\",\"type\":\"daemon_tracim_event\",\"data\":".length();
            for (int at = data; at < message.length; at++) {
                if (at > data + 40 && at < message.length - 220) {
                    continue; // the middle is fields: the scan reads neither it nor its changes
                }
                for (byte replacement : "{}[]\",:0a\\ nlu".getBytes(StandardCharsets.US_ASCII)) {
                    byte[] changed = message.clone();
                    changed[at] = replacement;
                    DaemonEvent event;
                    try {
                        event = DaemonEvent.decode(changed);
                    } catch (DecodeException e) {
                        continue;
                    }
                    if (event.data().isTextual()) {
                        agreesWithJackson(event, event.data().textValue());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 3_000, "checked " + checked);
    }
}
