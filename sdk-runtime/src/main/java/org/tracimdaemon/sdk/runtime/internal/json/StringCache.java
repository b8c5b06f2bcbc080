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
    private record Ascii(String text, byte[] bytes, long head, long tail) {
        /** Whether it holds the {@code length} bytes from {@code start}, whose first and last words are {@code head} and {@code tail}. */
        boolean holds(long head, long tail, byte[] in, int start, int length) {
            return this.head == head && this.tail == tail && same(bytes, in, start, length);
        }
    }

    private static final Ascii[] ASCII = new Ascii[SLOTS];

    /**
     * A key as the cache holds it, and the key that followed it when it was last read: Tracim
     * writes its keys in one order, event after event, so a parser checks the key it predicts in
     * place (two word compares) instead of scanning and looking it up. The successor is a hint,
     * written by any thread without a lock and always checked; each entry holds one, so what the
     * hints keep alive is one chain of keys, as long as the documents read lately.
     */
    public static final class Key {
        /** Before a document's first key: its successor predicts that key. */
        public static final Key START = new Key(new Ascii("", new byte[0], 0, 0));

        private final Ascii entry;
        /**
         * The key's bytes and then {@code \"}, as its carrying string closes a TLM key, with their
         * first eight bytes (zeros past the end) and their last eight: {@link #isAt} compares
         * those words, the closing quote with them, rather than the key's words and then two bytes.
         */
        private final byte[] closed;
        private final long closedHead;
        private final long closedTail;
        private Key next;

        private Key(Ascii entry) {
            this.entry = entry;
            int length = entry.bytes.length;
            closed = Arrays.copyOf(entry.bytes, length + 2);
            closed[length] = '\\';
            closed[length + 1] = '"';
            closedHead = head(closed, 0, closed.length);
            closedTail = closed.length > Long.BYTES ? (long) WORDS.get(closed, closed.length - Long.BYTES) : 0;
        }

        /** {@return the key's text, interned} */
        public String text() {
            return entry.text;
        }

        /** {@return how many bytes the key has} */
        public int length() {
            return entry.bytes.length;
        }

        /** {@return the key that followed this one when it was last read, or null} */
        public Key next() {
            return next;
        }

        /**
         * Notes the key that followed this one, to be predicted the next time.
         *
         * @param key the key read after this one
         */
        public void next(Key key) {
            next = key;
        }

        /**
         * {@return whether the bytes at {@code at} are this key and then {@code \"}, its carrying
         * string's closing of a TLM string: what a scan of the string from {@code at} would find,
         * for a cached key's bytes are all plain}
         *
         * @param in the carrying string's message
         * @param at where the key's content would start
         */
        public boolean isAt(byte[] in, int at) {
            byte[] bytes = closed;
            int length = bytes.length;
            int end = at + length;
            if (end > in.length || head(in, at, length) != closedHead
                    || length > Long.BYTES && (long) WORDS.get(in, end - Long.BYTES) != closedTail) {
                return false;
            }
            return same(bytes, in, at, length);
        }
    }

    /** Object keys, apart: they are interned, so that a switch on them finds its label by identity. */
    private static final Key[] KEYS = new Key[SLOTS];

    /**
     * {@return the ASCII text from {@code start} to {@code end} of {@code bytes}}
     *
     * @param bytes holds the text; bytes above 0x7F are read as ISO-8859-1
     * @param start the text's first byte
     * @param end   the index after its last byte
     */
    public static String ascii(byte[] bytes, int start, int end) {
        return cached(ASCII, bytes, start, end);
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
        Key key = keyEntry(bytes, start, end);
        return key != null ? key.text() : new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /**
     * {@return as {@link #key}, the cache's entry, which predicts the key after it; null for a key
     * longer than the cache keeps}
     *
     * @param bytes holds the key, plain ASCII
     * @param start the key's first byte
     * @param end   the index after its last byte
     */
    public static Key keyEntry(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return null;
        }
        long head = head(bytes, start, length);
        long tail = length > Long.BYTES ? (long) WORDS.get(bytes, end - Long.BYTES) : 0;
        long hash = hash(head, tail, length);
        int first = firstSlot(hash);
        int second = secondSlot(hash);
        Key cached = KEYS[first];
        if (cached != null && cached.entry.holds(head, tail, bytes, start, length)) {
            return cached;
        }
        Key other = KEYS[second];
        if (other != null && other.entry.holds(head, tail, bytes, start, length)) {
            return other;
        }
        String text = new String(bytes, start, length, StandardCharsets.ISO_8859_1).intern();
        Key key = new Key(new Ascii(text, Arrays.copyOfRange(bytes, start, end), head, tail));
        KEYS[cached == null || other != null ? first : second] = key;
        return key;
    }

    private static long hash(long head, long tail, int length) {
        // The high bits of a product depend on every bit of the words: the slots are taken from them.
        return (head ^ tail * 0x9E3779B97F4A7C15L ^ length) * 0xC2B2AE3D27D4EB4FL;
    }

    // Two slots a text, from two parts of the hash: of the fifty keys of a content event, two
    // pairs shared a slot and evicted each other at every event (four strings, arrays and
    // interns an event); now both of a pair find a place.
    private static int firstSlot(long hash) {
        return (int) (hash >>> (Long.SIZE - SLOT_BITS));
    }

    private static int secondSlot(long hash) {
        return (int) (hash >>> 44) & (SLOTS - 1);
    }

    private static String cached(Ascii[] table, byte[] bytes, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        long head = head(bytes, start, length);
        long tail = length > Long.BYTES ? (long) WORDS.get(bytes, end - Long.BYTES) : 0;
        long hash = hash(head, tail, length);
        int first = firstSlot(hash);
        int second = secondSlot(hash);
        Ascii cached = table[first];
        if (cached != null && cached.holds(head, tail, bytes, start, length)) {
            return cached.text;
        }
        Ascii other = table[second];
        if (other != null && other.holds(head, tail, bytes, start, length)) {
            return other.text;
        }
        String text = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
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
