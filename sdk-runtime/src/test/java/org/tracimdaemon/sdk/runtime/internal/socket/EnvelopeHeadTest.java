package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop's parser-free read of the envelope's head answers as the streaming parser does, or not at all. */
class EnvelopeHeadTest {
    private static final String DAEMON = "{\"path\":\"/home/alice/.config/TracimDaemon/master.sock\","
            + "\"type\":\"daemon_tracim_event\",\"data\":\"{\\\"fields\\\": {}}\"}";

    @Test
    void theDaemonsOwnFormIsReadWithoutTheParser() {
        byte[] bytes = DAEMON.getBytes(StandardCharsets.UTF_8);
        EnvelopeHead head = EnvelopeHead.peekPlain(bytes, bytes.length);
        assertNotNull(head);
        assertEquals(new EnvelopeHead("/home/alice/.config/TracimDaemon/master.sock", "daemon_tracim_event"), head);
        assertEquals(EnvelopeHead.peekWithParser(bytes, bytes.length), head);
    }

    @Test
    void anythingElseIsLeftToTheParser() {
        for (String other : List.of("{\"type\":\"daemon_ping\",\"path\":\"/m\"}", "{\"PATH\":\"/m\",\"type\":\"t\"}",
                "{ \"path\":\"/m\",\"type\":\"t\"}", "{\"path\":\"/m\\u0041\",\"type\":\"t\"}",
                "{\"path\":\"/m\",\"type\":\"t", "{\"path\":\"/é\",\"type\":\"t\"}", "")) {
            byte[] bytes = other.getBytes(StandardCharsets.UTF_8);
            assertNull(EnvelopeHead.peekPlain(bytes, bytes.length), other);
        }
    }

    /** Every one-byte change, cut and length of the head's region: where the plain read answers, it says what the parser says. */
    @Test
    void wherePlainAnswersTheParserAgrees() {
        byte[] original = DAEMON.getBytes(StandardCharsets.UTF_8);
        int region = DAEMON.indexOf("\"data\"") + 8;
        byte[] replacements = {'"', '\\', ',', ':', '{', '}', ' ', 'a', 'P', 0x00, 0x1f, 0x7f, (byte) 0x80, (byte) 0xc3};
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < region; i++) {
            for (byte replacement : replacements) {
                byte[] changed = original.clone();
                changed[i] = replacement;
                inputs.add(changed);
            }
            byte[] removed = new byte[original.length - 1];
            System.arraycopy(original, 0, removed, 0, i);
            System.arraycopy(original, i + 1, removed, i, original.length - i - 1);
            inputs.add(removed);
        }
        int answered = 0;
        for (byte[] input : inputs) {
            for (int length : new int[] {input.length, Math.min(input.length, region), Math.min(input.length, 40)}) {
                EnvelopeHead plain = EnvelopeHead.peekPlain(input, length);
                if (plain != null) {
                    answered++;
                    assertEquals(EnvelopeHead.peekWithParser(input, length), plain,
                            new String(input, 0, length, StandardCharsets.ISO_8859_1));
                }
            }
        }
        assertEquals(true, answered > 1000, "the plain read answered " + answered + " times");
    }
}
