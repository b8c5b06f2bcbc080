package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.testkit.Samples;

/**
 * The header reader accepts exactly the documents Jackson reads whole, with a well-formed header,
 * and reads the same header from them ({@link JacksonHeader} is the reference). Random mutations
 * of every sample: sdk-reliability's DecoderDifferentialTest.
 */
class TlmHeaderReaderTest {
    private static final List<String> SAMPLES = List.of(
            "content.created.comment", "content.created.html-document", "content.created.todo",
            "content.modified.file", "mention.created", "reaction.created", "user.modified",
            "user_config.modified", "workspace_subscription.modified");

    private static final String HEADER = "\"event_id\": 7, \"event_type\": \"tag.created\", \"created\": \"2025-05-20T10:00:00Z\"";

    @Test
    void readsEverySampleHeaderAsJacksonDoes() {
        for (String name : SAMPLES) {
            String json = Samples.tlm(name);
            assertEquals(JacksonHeader.read(json), Optional.of(TLMEvent.decode(json)), name);
            assertEquals(name, TLMEvent.decode(json).eventType());
        }
    }

    @Test
    void readsHeadersInAnyKeyOrderAndWhitespace() {
        String json = "{ \"event_type\" : \"tag.\\u0063reated\",\n\t\"read\": \"2025-05-21T08:00:00Z\" , \"event_id\":7,"
                + " \"created\": \"2025-05-20T10:00:00Z\", \"extra\": [1, {\"a\": \"}\"}], \"fields\": {\"k\": \"\\\"{\"} }";
        assertEquals(JacksonHeader.read(json), Optional.of(TLMEvent.decode(json)));
        assertEquals("tag.created", TLMEvent.decode(json).eventType());
    }

    @Test
    void refusesEveryDocumentJacksonRefuses() {
        List<String> broken = List.of(
                "{" + HEADER + ", \"fields\": {\"user\": 1]}",               // mismatched bracket inside fields
                "{" + HEADER + ", \"fields\": {\"user\": tru}}",             // bad literal inside fields
                "{" + HEADER + ", \"fields\": {}, \"x\": tru}",              // bad literal outside
                "tru",
                "{" + HEADER + ", \"fields\": {}} x",                         // trailing garbage
                "{" + HEADER + ", \"fields\": {}} {}",                        // a second document
                "{" + HEADER + ", \"fields\": {\"n\": 01}}",                  // leading zero
                "{" + HEADER + ", \"fields\": {\"s\": \"\\x\"}}",             // bad escape
                "{" + HEADER + ", \"fields\": {\"s\": \"a\tb\"}}",            // raw control character
                "{" + HEADER + ", \"fields\": {\"a\": 1,}}",                  // trailing comma
                "{" + HEADER + ", \"fields\": {\"a\" 1}}",                    // missing colon
                "{" + HEADER + ", \"fields\": {'a': 1}}",                     // single quotes
                "{" + HEADER + ", \"fields\": {\"n\": NaN}}",
                "{" + HEADER + ", \"fields\": {} // comment\n}",
                "{" + HEADER + ", \"fields\": {}");                           // cut
        for (String json : broken) {
            assertEquals(Optional.empty(), JacksonHeader.read(json), "the reference accepts " + json);
            DecodeException e = assertThrows(DecodeException.class, () -> TLMEvent.decode(json), json);
            assertTrue(e.getMessage().startsWith("the TLM is not readable JSON: "), e.getMessage());
        }
    }

    @Test
    void everyTruncationOfEverySampleIsRefused() {
        for (String name : SAMPLES) {
            String json = Samples.tlm(name);
            for (int length = 0; length < json.length(); length++) {
                String truncated = json.substring(0, length);
                assertThrows(DecodeException.class, () -> TLMEvent.decode(truncated), name + " cut at " + length);
            }
        }
    }

    @Test
    void aCharacterChangedAnywhereGivesJacksonsAnswer() {
        forEveryCharacterChanged(TlmHeaderReaderTest::agreesWithJackson);
    }

    /** Runs {@code check} on three samples with each character replaced by each of JSON's own. */
    static void forEveryCharacterChanged(java.util.function.Consumer<String> check) {
        int checked = 0;
        for (String name : List.of("content.created.comment", "user.modified", "mention.created")) {
            String json = Samples.tlm(name);
            for (int at = 0; at < json.length(); at++) {
                for (char replacement : "{}[]\",:0a\\ ".toCharArray()) {
                    check.accept(json.substring(0, at) + replacement + json.substring(at + 1));
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    /** The property every document must have; also sdk-reliability's, on random mutations. */
    static void agreesWithJackson(String json) {
        Optional<TLMEvent> expected = JacksonHeader.read(json);
        Optional<TLMEvent> actual;
        try {
            actual = Optional.of(TLMEvent.decode(json));
        } catch (DecodeException e) {
            actual = Optional.empty();
        }
        if (expected.isPresent() && actual.isEmpty() && JacksonHeader.hasDuplicateKeys(json)) {
            return; // a stream sees a key's every value (a "fields" that is not an object, say), a tree the last
        }
        assertEquals(expected, actual, json);
    }
}
