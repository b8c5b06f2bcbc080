package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.testkit.Samples;

/**
 * A TLM carried as a string is decoded with its header alone, so that an event no handler takes
 * is not checked; the first read beyond the header checks the document, and a document Jackson
 * refuses is then reported exactly as decoding it eagerly reports it.
 */
class LazyTlmCheckTest {
    private static final String HEADER = "\"event_id\": 7, \"event_type\": \"content.created.html-document\","
            + " \"created\": \"2025-05-20T10:00:00Z\"";

    /** What reads beyond the header: each must check the document. */
    private static final List<Consumer<TLMEvent>> READS = List.of(
            tlm -> tlm.fields(ContentEvent.class),
            tlm -> tlm.fields(UserEvent.class),
            tlm -> tlm.fieldsWithDatabind(ContentEvent.class),
            TLMEvent::fieldsTree);

    static DaemonEvent carried(String tlm) {
        byte[] message = ("{\"path\":\"/m.sock\",\"type\":\"daemon_tracim_event\",\"data\":"
                + new TextNode(tlm) + "}").getBytes(StandardCharsets.UTF_8);
        return DaemonEvent.decode(message);
    }

    @Test
    void aDocumentBrokenInsideItsFieldsDecodesItsHeaderAndFailsWhenItsFieldsAreRead() {
        String broken = "{\"fields\": {\"content\": {\"label\": \"x\"]}, " + HEADER + "}";
        TLMEvent tlm = TLMEvent.decode(carried(broken)); // no check: an event no handler takes pays nothing more
        assertEquals("content.created.html-document", tlm.eventType());
        assertEquals(broken, tlm.json()); // as received, for the log that reports it
        DecodeException eager = assertThrows(DecodeException.class, () -> TLMEvent.decode(broken));
        for (Consumer<TLMEvent> read : READS) {
            DecodeException e = assertThrows(DecodeException.class, () -> read.accept(TLMEvent.decode(carried(broken))));
            assertEquals("data: " + eager.getMessage(), e.getMessage());
            assertEquals("data", e.where());
        }
    }

    @Test
    void everyDocumentJacksonRefusesFailsOnTheFirstReadBeyondTheHeader() {
        List<String> broken = List.of(
                "{\"fields\": {\"user\": 1]}, " + HEADER + "}",
                "{\"fields\": {\"user\": tru}, " + HEADER + "}",
                "{\"fields\": {}, \"x\": tru, " + HEADER + "}",
                "{\"fields\": {}, " + HEADER + "} x",
                "{\"fields\": {\"n\": 01}, " + HEADER + "}",
                "{\"fields\": {\"s\": \"\\x\"}, " + HEADER + "}",
                "{\"fields\": {\"s\": \"a\tb\"}, " + HEADER + "}",
                "{\"fields\": {\"a\": 1,}, " + HEADER + "}",
                "{\"fields\": {\"a\" 1}, " + HEADER + "}",
                "{\"fields\": {'a': 1}, " + HEADER + "}",
                "{\"fields\": {\"n\": NaN}, " + HEADER + "}",
                "{\"fields\": {}, \"extra\": [1 2], " + HEADER + "}");
        for (String json : broken) {
            assertEquals(Optional.empty(), JacksonHeader.read(json), "the reference accepts " + json);
            for (Consumer<TLMEvent> read : READS) {
                DecodeException e = assertThrows(DecodeException.class, () -> read.accept(TLMEvent.decode(carried(json))), json);
                assertTrue(e.getMessage().startsWith("data: the TLM is not readable JSON: "), e.getMessage());
            }
        }
    }

    @Test
    void theHeaderReadAloneIsTheOneTheStrictReaderReads() {
        for (String name : List.of("content.created.html-document", "content.created.comment", "mention.created",
                "reaction.created", "user.modified", "user_config.modified", "workspace_subscription.modified")) {
            String json = Samples.tlm(name);
            assertEquals(TLMEvent.decode(json), TLMEvent.decode(carried(json)), name);
        }
    }

    @Test
    void aCharacterChangedAnywhereGivesJacksonsAnswerOnceTheDocumentIsRead() {
        TlmHeaderReaderTest.forEveryCharacterChanged(LazyTlmCheckTest::agreesWithJackson);
    }

    /**
     * Carried as a string, a document's header and its first full read ({@link TLMEvent#fieldsTree()})
     * together give Jackson's answer; the header alone, when it decodes, is the strict reader's.
     */
    static void agreesWithJackson(String json) {
        DaemonEvent event;
        try {
            event = carried(json);
        } catch (DecodeException e) {
            return; // not a string the envelope carries (a raw control character): nothing to compare
        }
        Optional<TLMEvent> expected = JacksonHeader.read(json);
        Optional<TLMEvent> actual;
        try {
            TLMEvent tlm = TLMEvent.decode(event);
            tlm.fieldsTree();
            actual = Optional.of(tlm);
        } catch (DecodeException e) {
            actual = Optional.empty();
        }
        if (expected.isPresent() && actual.isEmpty() && JacksonHeader.hasDuplicateKeys(json)) {
            return; // a stream sees a key's every value (a "fields" that is not an object, say), a tree the last
        }
        assertEquals(expected, actual, json);
    }

    @Test
    void theFieldsReadTwiceOrThroughDatabindAreTheSame() {
        TLMEvent tlm = TLMEvent.decode(carried(Samples.tlm("content.created.html-document")));
        ContentEvent first = tlm.fields(ContentEvent.class);
        assertEquals(first, tlm.fields(ContentEvent.class));
        assertEquals(first, tlm.fieldsWithDatabind(ContentEvent.class));
    }
}
