package org.tracimdaemon.sdk.runtime.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings that repeat from one event to the next in a user's stream (the daemon's path, message
 * and event types, people's names, type slugs, file extensions, a space's name and menu), read
 * from the parser's characters without allocating when seen before. Internal to the SDK: not an API. A fixed table of slots, overwritten on collision; racing threads at
 * worst both create the string, which is immutable, so sharing it needs no lock.
 */
public final class StringCache {
    private StringCache() {}

    private static final int SLOT_BITS = 10;
    private static final int SLOTS = 1 << SLOT_BITS;
    /** Longer strings are rarely repeated and cost more to compare than to copy. */
    private static final int MAX_LENGTH = 48;

    private static final String[] TABLE = new String[SLOTS];

    /**
     * {@return the text of the parser's current string token (or field name)}
     *
     * @param parser a parser at a string token or a field name
     * @throws IOException if the parser cannot give the token's characters
     */
    public static String text(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        if (length == 0) {
            return "";
        }
        if (length > MAX_LENGTH) {
            return parser.getText();
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String cached = TABLE[slot];
        if (cached != null && same(cached, chars, offset, length)) {
            return cached;
        }
        String text = new String(chars, offset, length);
        TABLE[slot] = text;
        return text;
    }

    /**
     * A string and its bytes, published as one (racing threads never pair one string with another's
     * bytes): its first eight bytes (zeros past its end) and its last eight (zero when it has no
     * more than eight), so that a text of up to 16 bytes is matched by two compares, without a loop.
     */
    private record Ascii(String text, byte[] bytes, long head, long tail) {}

    private static final Ascii[] ASCII = new Ascii[SLOTS];
    /** Object keys, apart: they are interned, so that a switch on them finds its label by identity. */
    private static final Ascii[] KEYS = new Ascii[SLOTS];

    /**
     * {@return the ASCII text from {@code start} to {@code end} of {@code bytes}}
     *
     * @param bytes holds the text; bytes above 0x7F are read as ISO-8859-1
     * @param start the text's first byte
     * @param end   the index after its last byte
     */
    public static String ascii(byte[] bytes, int start, int end) {
        return cached(ASCII, bytes, start, end, false);
    }

    /**
     * {@return as {@link #ascii}, for an object's key: the string is the interned one, so that
     * {@code switch (key)}'s {@code equals} with its labels (interned constants) succeeds at once}
     *
     * @param bytes holds the key; bytes above 0x7F are read as ISO-8859-1
     * @param start the key's first byte
     * @param end   the index after its last byte
     */
    public static String key(byte[] bytes, int start, int end) {
        return cached(KEYS, bytes, start, end, true);
    }

    private static String cached(Ascii[] table, byte[] bytes, int start, int end, boolean intern) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        long head = head(bytes, start, length);
        long tail = length > Long.BYTES ? (long) WORDS.get(bytes, end - Long.BYTES) : 0;
        // The high bits of a product depend on every bit of the words: the slots are taken from them.
        long hash = (head ^ tail * 0x9E3779B97F4A7C15L ^ length) * 0xC2B2AE3D27D4EB4FL;
        // Two slots a text, from two parts of the hash: of the fifty keys of a content event, two
        // pairs shared a slot and evicted each other at every event (four strings, arrays and
        // interns an event); now both of a pair find a place.
        int first = (int) (hash >>> (Long.SIZE - SLOT_BITS));
        int second = (int) (hash >>> 44) & (SLOTS - 1);
        Ascii cached = table[first];
        if (cached != null && cached.head == head && cached.tail == tail && same(cached.bytes, bytes, start, length)) {
            return cached.text;
        }
        Ascii other = table[second];
        if (other != null && other.head == head && other.tail == tail && same(other.bytes, bytes, start, length)) {
            return other.text;
        }
        String text = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        if (intern) {
            text = text.intern();
        }
        table[cached == null || other != null ? first : second] =
                new Ascii(text, Arrays.copyOfRange(bytes, start, end), head, tail);
        return text;
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The first eight bytes from {@code start} as a little-endian word, the bytes past {@code length} zero. */
    private static long head(byte[] bytes, int start, int length) {
        if (start + Long.BYTES <= bytes.length) {
            long word = (long) WORDS.get(bytes, start);
            return length >= Long.BYTES ? word : word & (1L << (length << 3)) - 1;
        }
        long word = 0;
        for (int i = Math.min(length, Long.BYTES) - 1; i >= 0; i--) {
            word = word << 8 | (bytes[start + i] & 0xFF);
        }
        return word;
    }

    /**
     * Whether {@code cached}, whose first and last words match, holds the {@code length} bytes from
     * {@code start}: its length, and for a text longer than 16 bytes the words between. A key is 4
     * to 25 bytes; {@code Arrays.equals} on ranges spent more in its checks than in comparing (JFR:
     * 22% of a typed decode in ArraysSupport.mismatch), a loop byte by byte in its mispredicted exits.
     */
    private static boolean same(byte[] cached, byte[] bytes, int start, int length) {
        if (cached.length != length) {
            return false;
        }
        for (int i = Long.BYTES; i < length - Long.BYTES; i += Long.BYTES) {
            if ((long) WORDS.get(cached, i) != (long) WORDS.get(bytes, start + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String cached, char[] chars, int offset, int length) {
        if (cached.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (cached.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
