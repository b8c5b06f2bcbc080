package org.tracimdaemon.sdk.runtime.tlm;

import java.time.Instant;
import java.util.Optional;
import org.tracimdaemon.sdk.runtime.internal.json.StringCache;
import org.tracimdaemon.sdk.runtime.internal.json.TracimDate;

/**
 * The header of a TLM read backwards from the end of the JSON string that carries it. Tracim
 * writes {@code fields} first and the header after it ({@code event_id}, {@code event_type},
 * {@code created}, {@code read}), so the header is the document's last hundred bytes: an event no
 * handler takes is dispatched by its type without walking its fields, which
 * {@link EscapedHeaderScan} did (2.4 µs of a 2.9 KB note, the whole of what it cost beyond the
 * envelope).
 *
 * <p>Why reading backwards gives the header a forward reading gives, for a document that is JSON:
 * it reads only bytes that are plain ASCII or a {@code \"} whose backslash follows a byte that is no
 * backslash, and gives up at any other backslash. In the envelope's validated string each of those
 * is then one TLM character (a backslash that follows no backslash starts an escape; a plain byte
 * is no escape's letter, for its left neighbour is no backslash), and the TLM characters read hold
 * no TLM escape, so every TLM quote among them delimits a string. Backwards from the document's
 * closing brace, outside any string, the tokens are then the forward tokens, and until a closing
 * bracket they are members of the document's own object: the last ones, whose value wins in
 * Jackson's tree. The scan stops at the first value that is an object or an array ({@code fields},
 * or anything after it) and checks the document starts with {@code {"fields": {}.
 *
 * <p>A document that is not JSON may pass, as it passes {@link EscapedHeaderScan}: the event checks
 * it when something beyond the header is read. Null for whatever this does not plainly read (a
 * header key before {@code fields} or twice, an escape, a fraction, the scan reaching the
 * document's start...): the forward scan then decides.
 */
final class EscapedTailScan {
    /** The carrying string's start (or anything this scan does not read): give up. */
    private static final int GIVE_UP = -1;

    private final byte[] in;
    /** The carrying string's first content byte: the scan never reads below it. */
    private final int floor;
    /** The last byte not read yet: the scan reads downwards from here. */
    private int pos;

    private EscapedTailScan(byte[] in, int floor, int pos) {
        this.in = in;
        this.floor = floor;
        this.pos = pos;
    }

    /**
     * The header of the TLM in the JSON string from {@code open} (its opening quote) to
     * {@code end} (the index after its closing quote), or null.
     */
    static TLMEvent scan(byte[] message, int open, int end, TlmText text) {
        if (end <= open + 1 || message[end - 1] != '"' || !startsWithFieldsObject(message, open + 1, end - 1)) {
            return null;
        }
        return new EscapedTailScan(message, open + 1, end - 2).header(text);
    }

    private TLMEvent header(TlmText text) {
        if (unitAfterWhitespace() != '}') {
            return null;
        }
        long eventId = -1;
        String eventType = null;
        Instant created = null;
        boolean hasRead = false;
        Instant read = null;
        while (true) {
            int c = unitAfterWhitespace();
            if (c == '}' || c == ']') {
                break; // the value of fields, or of a key after it: what is before is not read
            }
            // The value: a string, null, or digits; [valueStart, valueEnd) a string's content or the digits.
            int valueStart = -1;
            int valueEnd = -1;
            long number = -1;
            boolean isNull = false;
            if (c == '"') {
                valueEnd = pos + 1; // the closing quote's backslash
                valueStart = stringContentStart();
                if (valueStart < 0) {
                    return null;
                }
            } else if (c == 'l') {
                if (unit() != 'l' || unit() != 'u' || unit() != 'n') {
                    return null;
                }
                isNull = true;
            } else if (c >= '0' && c <= '9') {
                valueEnd = pos + 2;
                while (pos > floor && in[pos] >= '0' && in[pos] <= '9') {
                    pos--;
                }
                valueStart = pos + 1;
                number = natural(valueStart, valueEnd);
                if (number < 0) {
                    return null;
                }
            } else {
                return null; // true, false, a fraction, a sign...: the forward scan reads those
            }
            if (unitAfterWhitespace() != ':' || unitAfterWhitespace() != '"') {
                return null;
            }
            int keyEnd = pos + 1; // the key's closing quote's backslash
            int keyStart = stringContentStart();
            if (keyStart < 0) {
                return null;
            }
            if (is(keyStart, keyEnd, "event_id")) {
                if (eventId >= 0 || number < 0) {
                    return null;
                }
                eventId = number;
            } else if (is(keyStart, keyEnd, "event_type")) {
                if (eventType != null || c != '"') {
                    return null;
                }
                eventType = StringCache.ascii(in, valueStart, valueEnd);
            } else if (is(keyStart, keyEnd, "created")) {
                if (created != null || c != '"') {
                    return null;
                }
                created = date(valueStart, valueEnd);
                if (created == null) {
                    return null;
                }
            } else if (is(keyStart, keyEnd, "read")) {
                if (hasRead || !isNull && c != '"') {
                    return null;
                }
                hasRead = true;
                if (!isNull && (read = date(valueStart, valueEnd)) == null) {
                    return null;
                }
            } else if (is(keyStart, keyEnd, "fields")) {
                return null; // a fields that is no object: the strict reader says so
            }
            if (unitAfterWhitespace() != ',') {
                return null; // the document's opening brace: no object value, so no fields
            }
        }
        // A header key not found here may be before fields, or missing: the forward scan knows.
        if (eventId < 0 || eventType == null || created == null || !hasRead) {
            return null;
        }
        return new TLMEvent(eventId, eventType, created, Optional.ofNullable(read), text, false);
    }

    /**
     * The TLM character that ends at {@link #pos}, read downwards: a plain byte, or a quote
     * ({@code \"}); {@link #GIVE_UP} for any other byte, a byte after a backslash, or the start.
     */
    private int unit() {
        if (pos <= floor) {
            // The first content byte can only be the document's opening brace, which the scan never
            // reads: a document that is all header has no fields.
            return GIVE_UP;
        }
        byte b = in[pos];
        byte before = in[pos - 1];
        if (b == '"') {
            if (before != '\\' || in[pos - 2] == '\\') {
                return GIVE_UP; // the carrying string is validated: a quote is escaped, but maybe by a TLM backslash
            }
            pos -= 2;
            return '"';
        }
        if (b < ' ' || b == '\\' || before == '\\') {
            return GIVE_UP; // a raw non-ASCII byte, a TLM escape, or a letter of an escape
        }
        pos--;
        return b;
    }

    private int unitAfterWhitespace() {
        int c = unit();
        while (c == ' ') {
            c = unit();
        }
        return c;
    }

    /**
     * Reads down a TLM string whose closing quote was read, to its opening quote, and returns
     * where its content starts in the carrying string; -1 if it holds anything but plain bytes.
     */
    private int stringContentStart() {
        while (true) {
            int c = unit();
            if (c == '"') {
                return pos + 3; // the opening quote is the two bytes after pos
            }
            if (c == GIVE_UP) {
                return -1;
            }
        }
    }

    private Instant date(int start, int end) {
        return TracimDate.parseAsciiOrNull(in, start, end - start);
    }

    /** The digits from {@code start} to {@code end} as a number: up to 18 of them, no leading zero; else -1. */
    private long natural(int start, int end) {
        int digits = end - start;
        if (digits > 18 || digits > 1 && in[start] == '0' || start <= floor) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (in[i] - '0');
        }
        return value;
    }

    private boolean is(int start, int end, String key) {
        return EscapedHeaderScan.bytesAre(in, start, end, key);
    }

    private static final byte[] FIELDS_KEY = "\\\"fields\\\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Whether the document from {@code at} starts with {@code {"fields": {}, spaces allowed between. */
    private static boolean startsWithFieldsObject(byte[] in, int at, int limit) {
        at = spaces(in, at, limit);
        if (at >= limit || in[at++] != '{') {
            return false;
        }
        at = spaces(in, at, limit);
        if (at + FIELDS_KEY.length > limit) {
            return false;
        }
        for (byte b : FIELDS_KEY) {
            if (in[at++] != b) {
                return false;
            }
        }
        at = spaces(in, at, limit);
        if (at >= limit || in[at++] != ':') {
            return false;
        }
        at = spaces(in, at, limit);
        return at < limit && in[at] == '{';
    }

    private static int spaces(byte[] in, int at, int limit) {
        while (at < limit && in[at] == ' ') {
            at++;
        }
        return at;
    }
}
