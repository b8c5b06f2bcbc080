package org.tracimdaemon.sdk.runtime.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The cache compares a word at a time and gives a text two slots: whatever it returns is the text
 * of the bytes asked for, never a cached neighbour's, for every length it caches and a change of
 * any one byte; keys come back interned.
 */
class StringCacheTest {
    @Test
    void aTextDifferingInAnyOneByteIsNeverTakenForACachedOne() {
        for (int length = 0; length <= 50; length++) {
            byte[] text = new byte[length + 6];
            for (int i = 0; i < text.length; i++) {
                text[i] = (byte) ('a' + i % 26);
            }
            String expected = new String(text, 3, length, StandardCharsets.ISO_8859_1);
            assertEquals(expected, StringCache.ascii(text, 3, 3 + length));
            assertEquals(expected, StringCache.ascii(text, 3, 3 + length)); // now from the cache
            byte[] followedByOthers = text.clone();
            for (int i = 3 + length; i < followedByOthers.length; i++) {
                followedByOthers[i] = '!'; // a word read past the text's end must not see these
            }
            if (length <= 48) { // longer texts are not cached
                assertSame(StringCache.ascii(text, 3, 3 + length), StringCache.ascii(followedByOthers, 3, 3 + length));
            }
            for (int at = 3; at < 3 + length; at++) {
                byte[] changed = text.clone();
                changed[at] = (byte) '_';
                String other = new String(changed, 3, length, StandardCharsets.ISO_8859_1);
                assertEquals(other, StringCache.ascii(changed, 3, 3 + length));
                assertEquals(other, StringCache.key(changed, 3, 3 + length));
                assertEquals(expected, StringCache.ascii(text, 3, 3 + length));
            }
        }
    }

    @Test
    void keysAreInterned() {
        byte[] bytes = "{\"content_namespace\": 1}".getBytes(StandardCharsets.US_ASCII);
        assertSame("content_namespace", StringCache.key(bytes, 2, 19));
        assertSame("content_namespace", StringCache.key(bytes.clone(), 2, 19));
    }
}
