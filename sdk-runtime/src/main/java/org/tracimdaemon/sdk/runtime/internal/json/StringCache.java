package org.tracimdaemon.sdk.runtime.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The strings that repeat from one event to the next in a user's stream (the daemon's path, message
 * and event types, people's names, type slugs, file extensions, a space's name and menu), read
 * from the parser's characters without allocating when seen before. Internal to the SDK: not an API. A fixed table of slots, overwritten on collision; racing threads at
 * worst both create the string, which is immutable, so sharing it needs no lock.
 */
public final class StringCache {
    private StringCache() {}

    private static final int SLOTS = 1024;
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
     * {@return the ASCII text from {@code start} to {@code end} of {@code bytes}}
     *
     * @param bytes holds the text; bytes above 0x7F are read as ISO-8859-1
     * @param start the text's first byte
     * @param end   the index after its last byte
     */
    public static String ascii(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String cached = TABLE[slot];
        if (cached != null && sameAscii(cached, bytes, start, length)) {
            return cached;
        }
        String text = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        TABLE[slot] = text;
        return text;
    }

    private static boolean sameAscii(String cached, byte[] bytes, int start, int length) {
        if (cached.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (cached.charAt(i) != bytes[start + i]) {
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
