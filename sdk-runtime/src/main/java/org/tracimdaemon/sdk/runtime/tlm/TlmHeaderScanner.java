package org.tracimdaemon.sdk.runtime.tlm;

import java.time.Instant;
import java.util.Optional;
import org.tracimdaemon.sdk.runtime.wire.DecodeException;
import org.tracimdaemon.sdk.runtime.wire.TracimDate;

/**
 * Reads a TLM's header ({@code event_id}, {@code event_type}, {@code created}, {@code read})
 * without tokenising {@code fields}, which Tracim often writes first and which is most of the
 * document: the dispatcher needs the event type to know whether anyone wants the fields at all.
 *
 * <p>Only an accelerator: on anything it does not expect (escapes in keys or header strings,
 * odd numbers, a missing key, malformed structure) it answers empty, and {@link TLMEvent} reads
 * the document with Jackson, which reports errors precisely. The inside of {@code fields} is
 * only checked for balanced brackets here; it is validated when it is decoded.
 */
final class TlmHeaderScanner {
    private final String json;
    private int pos;

    private TlmHeaderScanner(String json) {
        this.json = json;
    }

    /** The header, or empty when the slow path must decide. */
    static Optional<TLMEvent> scan(String json) {
        return Optional.ofNullable(new TlmHeaderScanner(json).header());
    }

    private TLMEvent header() {
        long eventId = -1;
        String eventType = null;
        String created = null;
        String read = null;
        boolean hasFields = false;
        skipWhitespace();
        if (!take('{')) {
            return null;
        }
        skipWhitespace();
        if (!take('}')) {
            do {
                skipWhitespace();
                String key = plainString();
                skipWhitespace();
                if (key == null || !take(':')) {
                    return null;
                }
                skipWhitespace();
                switch (key) {
                    case "event_id" -> eventId = naturalNumber();
                    case "event_type" -> eventType = plainString();
                    case "created" -> created = plainString();
                    case "read" -> {
                        if (json.startsWith("null", pos)) {
                            pos += 4;
                        } else if ((read = plainString()) == null) {
                            return null;
                        }
                    }
                    case "fields" -> hasFields = peek() == '{' && skipBrackets();
                    default -> {
                        if (!skipValue()) {
                            return null;
                        }
                    }
                }
                skipWhitespace();
            } while (take(','));
            if (!take('}')) {
                return null;
            }
        }
        skipWhitespace();
        if (pos != json.length() || eventId < 0 || eventType == null || created == null || !hasFields) {
            return null;
        }
        try {
            Instant readAt = read == null ? null : TracimDate.parse(read);
            return new TLMEvent(eventId, eventType, TracimDate.parse(created), Optional.ofNullable(readAt), json);
        } catch (DecodeException e) {
            return null; // the slow path names the key
        }
    }

    /** A string without escapes or control characters, or null. */
    private String plainString() {
        if (!take('"')) {
            return null;
        }
        int start = pos;
        while (pos < json.length()) {
            char c = json.charAt(pos);
            if (c == '"') {
                return json.substring(start, pos++);
            }
            if (c == '\\' || c < ' ') {
                return null;
            }
            pos++;
        }
        return null;
    }

    /** Up to 18 ASCII digits, no sign, fraction, exponent or leading zero; -1 otherwise. */
    private long naturalNumber() {
        int start = pos;
        long value = 0;
        while (pos < json.length() && pos - start < 18 && isDigit(json.charAt(pos))) {
            value = value * 10 + (json.charAt(pos++) - '0');
        }
        boolean ended = pos == json.length() || endOfValue(json.charAt(pos));
        boolean leadingZero = pos - start > 1 && json.charAt(start) == '0';
        return pos == start || leadingZero || !ended ? -1 : value;
    }

    /** Skips one value: a string, a literal, a number, or brackets matched around strings. False if malformed. */
    private boolean skipValue() {
        char first = peek();
        if (first == '"') {
            return skipString();
        }
        if (first == '{' || first == '[') {
            return skipBrackets();
        }
        for (String literal : LITERALS) {
            if (json.startsWith(literal, pos)) {
                pos += literal.length();
                return true;
            }
        }
        int start = pos;
        while (pos < json.length() && (isDigit(json.charAt(pos)) || "-+.eE".indexOf(json.charAt(pos)) >= 0)) {
            pos++;
        }
        return pos > start;
    }

    private static final String[] LITERALS = {"true", "false", "null"};

    /** Inside brackets only balance and strings are checked: Jackson validates the rest when it decodes. */
    private boolean skipBrackets() {
        int depth = 0;
        while (pos < json.length()) {
            char c = json.charAt(pos);
            if (c == '"') {
                if (!skipString()) {
                    return false;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    pos++;
                    return true;
                }
            }
            pos++;
        }
        return false;
    }

    /** From an opening quote to past its closing one; {@code indexOf} is an intrinsic, so this is the fast part. */
    private boolean skipString() {
        int quote = pos;
        do {
            quote = json.indexOf('"', quote + 1);
            if (quote < 0) {
                return false;
            }
        } while (escaped(quote));
        pos = quote + 1;
        return true;
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private boolean escaped(int at) {
        int backslashes = 0;
        while (json.charAt(at - 1 - backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean endOfValue(char c) {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private void skipWhitespace() {
        while (pos < json.length() && (json.charAt(pos) == ' ' || json.charAt(pos) == '\n'
                || json.charAt(pos) == '\r' || json.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private char peek() {
        return pos < json.length() ? json.charAt(pos) : 0;
    }

    private boolean take(char expected) {
        if (peek() == expected) {
            pos++;
            return true;
        }
        return false;
    }
}
