package org.tracimdaemon.sdk.runtime.tlm;

import java.time.Instant;
import java.util.Optional;
import org.tracimdaemon.sdk.runtime.internal.json.StringCache;
import org.tracimdaemon.sdk.runtime.internal.json.TracimDate;

/**
 * The header of a TLM read straight from the JSON string that carries it, without unescaping it
 * and without checking the document: what an event no handler takes costs. The values that are
 * not the header ({@code fields} first, as Tracim writes it) are only skipped, bracket by bracket,
 * so a document that is not JSON may pass here; the event then checks it when something beyond the
 * header is read ({@link TLMEvent#fields}), and the reading reports it.
 *
 * <p>Inside the carrying string a TLM quote is {@code \"} and a TLM backslash {@code \\}; the
 * envelope decoder validated the string, so every escape is complete and the string's closing
 * quote ends every loop. Null for whatever this does not plainly read (a header value with
 * escapes, a {@code \}{@code u} escape of a quote or bracket, a number it does not take...): the
 * strict reader then decides.
 */
final class EscapedHeaderScan {
    /** The carrying string's closing quote: the end of the document. */
    private static final int END = -1;
    /** Something this scan leaves to the strict reader. */
    private static final int GIVE_UP = -2;

    private final byte[] in;
    private int pos;

    private EscapedHeaderScan(byte[] in, int pos) {
        this.in = in;
        this.pos = pos;
    }

    /** The header of the TLM in the JSON string whose opening quote is at {@code offset}, or null. */
    static TLMEvent scan(byte[] message, int offset, TlmText text) {
        return new EscapedHeaderScan(message, offset + 1).header(text);
    }

    private TLMEvent header(TlmText text) {
        if (unitAfterWhitespace() != '{') {
            return null;
        }
        long eventId = -1;
        String eventType = null;
        Instant created = null;
        Instant read = null;
        boolean hasFields = false;
        int c = unitAfterWhitespace();
        if (c != '}') {
            while (true) {
                if (c != '"') {
                    return null;
                }
                int keyStart = pos;
                int keyEnd = plainString();
                if (keyEnd == GIVE_UP || unitAfterWhitespace() != ':') {
                    return null;
                }
                int value = unitAfterWhitespace();
                if (is(keyStart, keyEnd, "fields")) {
                    if (value != '{' || !skipContainer()) {
                        return null;
                    }
                    hasFields = true;
                } else if (is(keyStart, keyEnd, "event_id")) {
                    eventId = naturalNumber(value);
                    if (eventId < 0) {
                        return null;
                    }
                } else if (is(keyStart, keyEnd, "event_type")) {
                    int start = pos;
                    int end = value == '"' ? plainString() : GIVE_UP;
                    if (end < 0) {
                        return null;
                    }
                    eventType = StringCache.ascii(in, start, end);
                } else if (is(keyStart, keyEnd, "created")) {
                    created = date(value);
                    if (created == null) {
                        return null;
                    }
                } else if (is(keyStart, keyEnd, "read")) {
                    if (value == 'n') {
                        if (unit() != 'u' || unit() != 'l' || unit() != 'l') {
                            return null;
                        }
                        read = null;
                    } else if ((read = date(value)) == null) {
                        return null;
                    }
                } else if (!skipValue(value)) {
                    return null;
                }
                c = unitAfterWhitespace();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    return null;
                }
                c = unitAfterWhitespace();
            }
        }
        if (unitAfterWhitespace() != END || eventId < 0 || eventType == null || created == null || !hasFields) {
            return null;
        }
        return new TLMEvent(eventId, eventType, created, Optional.ofNullable(read), text, false);
    }

    /** The next TLM character, escapes decoded; {@link #END} at the carrying string's end, {@link #GIVE_UP}. */
    private int unit() {
        byte b = in[pos];
        if (b == '"') {
            return END;
        }
        pos++;
        if (b != '\\') {
            return b & 0xFF;
        }
        byte escape = in[pos++];
        return switch (escape) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> {
                int c = hex4();
                yield c < 0x80 && "\"\\{}[],:".indexOf(c) >= 0 ? GIVE_UP : c;
            }
            default -> escape; // '"', '\\', '/'
        };
    }

    private int unitAfterWhitespace() {
        int c = unit();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            c = unit();
        }
        return c;
    }

    /**
     * Takes a TLM string whose opening quote was taken and returns where its content ends in the
     * carrying string (it starts where the scan was); {@link #GIVE_UP} if it holds any escape.
     */
    private int plainString() {
        while (true) {
            byte b = in[pos];
            if (b == '\\' && in[pos + 1] == '"') {
                pos += 2;
                return pos - 2;
            }
            if (b == '"' || b == '\\' || b < ' ') {
                return GIVE_UP; // the carrying string's end, an escape, or a byte above 0x7F
            }
            pos++;
        }
    }

    /** What the skipping loops stop at in the carrying string: a backslash, its end, a bracket. */
    private static final byte[] STOPS = new byte[256];
    private static final byte BACKSLASH = 1;
    private static final byte QUOTE = 2;
    private static final byte OPEN = 3;
    private static final byte CLOSE = 4;

    static {
        STOPS['\\'] = BACKSLASH;
        STOPS['"'] = QUOTE;
        STOPS['{'] = OPEN;
        STOPS['['] = OPEN;
        STOPS['}'] = CLOSE;
        STOPS[']'] = CLOSE;
    }

    /**
     * Skips a TLM string whose opening quote was taken; false if the document ends inside it. In
     * the carrying string, {@code \"} ends it, {@code \\} is a TLM escape whose character
     * (one byte or one escape) is skipped, and a {@code \}{@code u} escape of a quote or a
     * backslash is left to the strict reader.
     */
    private boolean skipString() {
        byte[] bytes = in;
        int at = pos;
        while (true) {
            byte b = bytes[at++];
            if (b == '"') {
                return false;
            }
            if (b != '\\') {
                continue;
            }
            byte escape = bytes[at++];
            if (escape == '"') {
                pos = at;
                return true;
            }
            if (escape == '\\') {
                byte escaped = bytes[at++];
                if (escaped == '"') {
                    return false;
                }
                if (escaped == '\\') {
                    at += bytes[at] == 'u' ? 5 : 1;
                }
            } else if (escape == 'u') {
                pos = at;
                int c = hex4();
                at = pos;
                if (c == '"' || c == '\\') {
                    return false;
                }
            }
        }
    }

    /** Skips the rest of an object or array whose opening bracket was taken: brackets counted, strings skipped. */
    private boolean skipContainer() {
        byte[] bytes = in;
        byte[] stops = STOPS;
        int at = pos;
        int depth = 1;
        while (true) {
            byte stop = stops[bytes[at++] & 0xFF];
            if (stop == 0) {
                continue;
            }
            if (stop == OPEN) {
                depth++;
            } else if (stop == CLOSE) {
                if (--depth == 0) {
                    pos = at;
                    return true;
                }
            } else if (stop == QUOTE) {
                return false;
            } else {
                byte escape = bytes[at++];
                if (escape == '"') {
                    pos = at;
                    if (!skipString()) {
                        return false;
                    }
                    at = pos;
                } else if (escape == 'u') {
                    pos = at;
                    int c = hex4();
                    at = pos;
                    if (c < 0x80 && "\"\\{}[]".indexOf(c) >= 0) {
                        return false;
                    }
                } else if (escape == '\\') {
                    return false; // a TLM backslash outside a TLM string: not JSON, the strict reader says so
                }
            }
        }
    }

    /** Skips a value whose first character {@code c} was taken. */
    private boolean skipValue(int c) {
        if (c == '"') {
            return skipString();
        }
        if (c == '{' || c == '[') {
            return skipContainer();
        }
        // A number or a literal: up to what may follow a value, which stays.
        while (true) {
            int at = pos;
            int next = unit();
            if (next < 0 || next == ',' || next == '}' || next == ']' || next == ' ' || next == '\n'
                    || next == '\r' || next == '\t') {
                pos = at;
                return next != GIVE_UP;
            }
        }
    }

    /** Up to 18 digits, the first {@code c} already taken, without sign, fraction or leading zero; else -1. */
    private long naturalNumber(int c) {
        if (c < '0' || c > '9') {
            return -1;
        }
        long value = c - '0';
        int digits = 1;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            if (value == 0 || ++digits > 18) {
                return -1;
            }
            value = value * 10 + (in[pos++] - '0');
        }
        return value;
    }

    private Instant date(int c) {
        if (c != '"') {
            return null;
        }
        int start = pos;
        int end = plainString();
        return end < 0 ? null : TracimDate.parseAsciiOrNull(in, start, end - start);
    }

    private boolean is(int start, int end, String key) {
        return bytesAre(in, start, end, key);
    }

    /** Whether {@code in} from {@code start} to {@code end} holds exactly {@code key}, an ASCII key; shared with {@link EscapedTailScan}. */
    static boolean bytesAre(byte[] in, int start, int end, String key) {
        if (end - start != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (in[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int hex4() {
        int c = Character.digit(in[pos], 16) << 12 | Character.digit(in[pos + 1], 16) << 8
                | Character.digit(in[pos + 2], 16) << 4 | Character.digit(in[pos + 3], 16);
        pos += 4;
        return c;
    }
}
