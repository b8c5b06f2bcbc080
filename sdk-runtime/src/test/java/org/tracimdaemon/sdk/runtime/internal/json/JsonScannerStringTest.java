package org.tracimdaemon.sdk.runtime.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The string scan takes words of eight bytes whole when their only stops are {@code \"} pairs:
 * every short string over the bytes that matter (a backslash, a quote, escape letters, hex digits,
 * a control character, DEL, a byte above 0x7F), at each of the eight offsets in a word, ends where
 * JSON's grammar says, or is refused where it is not a string; refused too whenever it holds a
 * byte above 0x7F (Jackson then reads it).
 */
class JsonScannerStringTest {
    private static final byte[] ALPHABET = {'a', '\\', '"', 'n', 'u', '0', 'F', 0x01, 0x7F, (byte) 0x80};

    @Test
    void everyShortStringAtEveryOffsetEndsWhereTheGrammarSays() {
        int checked = 0;
        for (int length = 0; length <= 5; length++) {
            int[] digits = new int[length];
            while (true) {
                for (int pad = 0; pad < Long.BYTES; pad++) {
                    check(digits, pad);
                    checked++;
                }
                int i = 0;
                while (i < length && ++digits[i] == ALPHABET.length) {
                    digits[i++] = 0;
                }
                if (i == length) {
                    break;
                }
            }
        }
        assertTrue(checked > 800_000, "checked " + checked);
    }

    private static void check(int[] digits, int pad) {
        // The opening quote, pad plain bytes, the body, then plain bytes and a quote: words reach past the body.
        byte[] in = new byte[1 + pad + digits.length + 17];
        in[0] = '"';
        for (int i = 0; i < pad; i++) {
            in[1 + i] = 'x';
        }
        for (int i = 0; i < digits.length; i++) {
            in[1 + pad + i] = ALPHABET[digits[i]];
        }
        for (int i = 1 + pad + digits.length; i < in.length - 1; i++) {
            in[i] = 'y';
        }
        in[in.length - 1] = '"';
        JsonScanner scan = new JsonScanner(in, 0, in.length);
        int expected = reference(in);
        boolean accepted = scan.string();
        assertEquals(expected >= 0, accepted, () -> new String(in, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (accepted) {
            assertEquals(expected, scan.position(), () -> new String(in, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    /** JSON's string grammar, byte by byte, and no byte above 0x7F: the index after the closing quote, or -1. */
    private static int reference(byte[] in) {
        int at = 1;
        while (at < in.length) {
            int b = in[at++] & 0xFF;
            if (b == '"') {
                return at;
            }
            if (b < 0x20 || b >= 0x80) {
                return -1;
            }
            if (b == '\\') {
                if (at >= in.length) {
                    return -1;
                }
                int escape = in[at++];
                if (escape == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (at >= in.length || Character.digit(in[at++], 16) < 0) {
                            return -1;
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(escape) < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
