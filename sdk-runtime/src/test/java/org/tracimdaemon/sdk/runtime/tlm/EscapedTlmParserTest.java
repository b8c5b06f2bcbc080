package org.tracimdaemon.sdk.runtime.tlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.internal.json.JsonScanner;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;
import org.tracimdaemon.sdk.testkit.Samples;

/**
 * The parser of a TLM in its carrying string gives Jackson's tokens and texts, reads every sample
 * whole, and stops (for Jackson to decide) wherever it is not sure: it never completes a document
 * Jackson refuses. Trusting the envelope's check of the carrying string changes none of that.
 */
class EscapedTlmParserTest {
    private static final List<String> SAMPLES = List.of(
            "content.created.comment", "content.created.html-document", "content.created.todo",
            "content.modified.file", "mention.created", "reaction.created", "user.modified",
            "user_config.modified", "workspace_subscription.modified");

    /** The TLM as the daemon carries it: a JSON string, its quote first. */
    private static byte[] carried(String tlm) {
        return new TextNode(tlm).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Tokens and texts, as "TOKEN text" lines, until the end; "NOT_PLAIN" or "FAILED" last when it stopped. */
    private static List<String> tokens(JsonParser parser) {
        List<String> seen = new ArrayList<>();
        try {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String text = parser.getText();
                if (token == JsonToken.VALUE_STRING) {
                    assertEquals(text, new String(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()));
                }
                seen.add(token + " " + text + (token == JsonToken.VALUE_NUMBER_INT ? " " + parser.getLongValue() : ""));
            }
        } catch (IOException e) {
            seen.add("FAILED");
        } catch (RuntimeException e) {
            if (e != EscapedTlmParser.NOT_PLAIN) {
                throw e;
            }
            seen.add("NOT_PLAIN");
        }
        return seen;
    }

    private static List<String> jackson(String tlm) {
        try (JsonParser parser = WireJson.FACTORY.createParser(tlm)) {
            return tokens(parser);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> escaped(byte[] carried) {
        List<String> tokens = tokens(new EscapedTlmParser(carried, 1));
        JsonScanner scan = new JsonScanner(carried, 0, carried.length);
        if (scan.string()) {
            // A carrying string the envelope's scan accepts is read trusting that check: the same tokens,
            // in a message that goes on after it with what a parser overrunning the string would take.
            byte[] framed = (new String(carried, StandardCharsets.UTF_8) + ", \\\"x\\\"}").getBytes(StandardCharsets.UTF_8);
            assertEquals(tokens, tokens(new EscapedTlmParser(framed, 1, scan.position() - 1)),
                    () -> new String(carried, StandardCharsets.UTF_8));
        }
        return tokens;
    }

    /** Where the parser stopped, it agreed with Jackson up to there; where it completed, so did Jackson, alike. */
    private static boolean agreesWithJackson(String tlm) {
        List<String> expected = jackson(tlm);
        List<String> actual = escaped(carried(tlm));
        boolean stopped = !actual.isEmpty() && actual.get(actual.size() - 1).equals("NOT_PLAIN");
        if (stopped) {
            // Jackson looks ahead (it refuses {"a":} at the name): compare the tokens both gave.
            List<String> given = !expected.isEmpty() && expected.get(expected.size() - 1).equals("FAILED")
                    ? expected.subList(0, expected.size() - 1) : expected;
            int both = Math.min(actual.size() - 1, given.size());
            assertEquals(given.subList(0, both), actual.subList(0, both), tlm);
        } else {
            assertEquals(expected, actual, tlm);
        }
        return !stopped;
    }

    @Test
    void readsEverySampleWholeAsJacksonDoes() {
        for (String name : SAMPLES) {
            assertTrue(agreesWithJackson(Samples.tlm(name)), name + " is read by Jackson instead");
        }
    }

    @Test
    void readsTheEscapesTracimAndTheDaemonWrite() {
        // Tracim escapes non-ASCII and quotes in the TLM; the daemon escapes < > & in the carrying string.
        String tlm = "{\"fields\": {\"label\": \"Cr\\u00e8me \\\"br\\u00fbl\\u00e9e\\\" \\\\ \\/ \\ud83d\\ude00\\n\"},"
                + " \"event_id\": 1}";
        assertTrue(agreesWithJackson(tlm));
        byte[] htmlEscaped = "\"{\\\"raw_content\\\": \\\"\\u003cp\\u003eA \\u0026 B\\u003c/p\\u003e\\\"}\""
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of("START_OBJECT {", "FIELD_NAME raw_content", "VALUE_STRING <p>A & B</p>", "END_OBJECT }"),
                escaped(htmlEscaped));
    }

    @Test
    void aCharacterChangedAnywhereNeverCompletesWhatJacksonRefuses() {
        int completed = 0;
        for (String name : List.of("content.created.comment", "user.modified", "mention.created")) {
            String json = Samples.tlm(name);
            for (int at = 0; at < json.length(); at++) {
                for (char replacement : "{}[]\",:0a\\ -.e\u00e9".toCharArray()) {
                    if (agreesWithJackson(json.substring(0, at) + replacement + json.substring(at + 1))) {
                        completed++;
                    }
                }
            }
        }
        assertTrue(completed > 1_000, "completed " + completed);
    }

    @Test
    void everyTruncationStops() {
        for (String name : SAMPLES) {
            String json = Samples.tlm(name);
            for (int length = 0; length < json.length(); length++) {
                List<String> tokens = escaped(carried(json.substring(0, length)));
                assertEquals("NOT_PLAIN", tokens.get(tokens.size() - 1), name + " cut at " + length);
            }
        }
    }
}
