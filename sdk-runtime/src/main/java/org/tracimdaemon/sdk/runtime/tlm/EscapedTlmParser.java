package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.tracimdaemon.sdk.runtime.internal.json.JsonScanner;
import org.tracimdaemon.sdk.runtime.internal.json.PlainBytes;
import org.tracimdaemon.sdk.runtime.internal.json.StringCache;
import org.tracimdaemon.sdk.runtime.internal.json.TracimDate;

/**
 * A parser of the TLM straight from the JSON string that carries it, for the streaming readers:
 * no unescaped copy, no Jackson tokeniser. It reads what Tracim sends (objects, arrays, strings
 * with any escape, integers up to 18 digits, literals) and checks every token as strictly as
 * Jackson; at anything else (a fraction, a raw non-ASCII byte, deep nesting, a value a reader
 * hands to databind...) it throws {@link #NOT_PLAIN}, and the reading starts again with Jackson,
 * which reads it or names the fault. So it never accepts what Jackson refuses, and a reading it
 * completes gives what Jackson's would.
 *
 * <p>Inside the carrying string a TLM quote is {@code \"} and a TLM backslash {@code \\}; the
 * envelope decoder validated the string, so every escape is complete and its closing quote ends
 * every loop.
 */
@SuppressWarnings("deprecation") // Jackson 2 still makes its parsers implement the deprecated getCurrentName and the like
final class EscapedTlmParser extends ParserMinimalBase {
    /** Thrown where this parser stops: no stack trace, one instance, caught by the reading. */
    static final RuntimeException NOT_PLAIN = new NotPlain();

    private static final int MAX_DEPTH = 64;
    /** The carrying string's closing quote. */
    private static final int END = -1;

    private final byte[] in;
    /**
     * The index of the carrying string's closing quote when the envelope's scan checked the string
     * ({@link JsonScanner}): printable ASCII up to there, every escape well formed, so that a run of
     * a TLM string's plain bytes ends at its next backslash or at that quote. -1 when unchecked.
     */
    private final int checkedEnd;
    private int pos;
    /** Whether each open container is an object: bit {@code d} for depth {@code d}, in a long rather than an array to allocate. */
    private long objects;
    private int depth;
    private boolean begun;
    private String name;
    /** The key read last: the key that followed it last time is the one predicted next. */
    private StringCache.Key lastKey = StringCache.Key.START;
    /** The current string's or number's first and end index in the carrying string. */
    private int start;
    private int end;
    /** Whether the current string holds an escape, and so must be decoded. */
    private boolean escaped;
    private long number;
    /** Allocated when first needed: most documents, their dates read from the bytes, need none. */
    private char[] chars;
    private int charsLength = -1;

    /** A parser of the TLM that starts at {@code offset} of {@code message}, after the carrying string's opening quote. */
    EscapedTlmParser(byte[] message, int offset) {
        this(message, offset, -1);
    }

    /**
     * As {@link #EscapedTlmParser(byte[], int)}, for a carrying string {@link JsonScanner} checked,
     * whose closing quote is at {@code checkedEnd}; -1 when it was not checked.
     */
    EscapedTlmParser(byte[] message, int offset, int checkedEnd) {
        super(0);
        this.in = message;
        this.pos = offset;
        this.checkedEnd = checkedEnd;
    }

    @Override
    public JsonToken nextToken() {
        charsLength = -1;
        JsonToken token = _currToken;
        if (token == JsonToken.FIELD_NAME) {
            if (in[pos] == '\\' && in[pos + 1] == '"') {
                // A string right after the colon and space name() took, as Tracim writes most values: no unit() to decode its quote.
                pos += 2;
                string();
                return _currToken = JsonToken.VALUE_STRING;
            }
            return _currToken = value(unitAfterWhitespace());
        }
        if (depth > 0 && isObject(depth - 1) && token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY
                && token != null && nextKeyFollows()) {
            return _currToken = name('"');
        }
        int c = unitAfterWhitespace();
        if (!begun) {
            begun = true;
            return _currToken = value(c);
        }
        if (depth == 0) {
            if (c != END) {
                throw NOT_PLAIN; // something after the document
            }
            return _currToken = null;
        }
        boolean object = isObject(depth - 1);
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            if (c == ',') {
                c = unitAfterWhitespace();
                return _currToken = object ? name(c) : value(c);
            }
        } else if (c != (object ? '}' : ']')) {
            return _currToken = object ? name(c) : value(c);
        }
        if (c != (object ? '}' : ']')) {
            throw NOT_PLAIN;
        }
        depth--;
        return _currToken = object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
    }

    @Override
    public String nextFieldName() {
        return nextToken() == JsonToken.FIELD_NAME ? name : null;
    }

    private JsonToken name(int c) {
        if (c != '"') {
            throw NOT_PLAIN;
        }
        StringCache.Key predicted = lastKey.next();
        StringCache.Key key;
        if (predicted != null && predicted.isAt(in, pos)) {
            // The key that followed the last one last time, found in place: what string() would read.
            key = predicted;
            start = pos;
            end = pos + predicted.length();
            escaped = false;
            pos = end + 2;
        } else {
            string();
            if (escaped) {
                throw NOT_PLAIN;
            }
            key = StringCache.keyEntry(in, start, end);
            if (key != null) {
                lastKey.next(key);
            }
        }
        // A key too long to cache predicts nothing: the next one is looked up.
        lastKey = key != null ? key : StringCache.Key.START;
        // Tracim writes "key": value: the colon and the space taken as they are, as unit() would take them.
        if (in[pos] == ':') {
            pos++;
            if (in[pos] == ' ') {
                pos++;
            }
        } else if (unitAfterWhitespace() != ':') {
            throw NOT_PLAIN;
        }
        name = key != null ? key.text() : new String(in, start, end - start, StandardCharsets.ISO_8859_1);
        return JsonToken.FIELD_NAME;
    }

    private JsonToken value(int c) {
        switch (c) {
            case '{' -> {
                return open(true, JsonToken.START_OBJECT);
            }
            case '[' -> {
                return open(false, JsonToken.START_ARRAY);
            }
            case '"' -> {
                string();
                return JsonToken.VALUE_STRING;
            }
            case 't' -> {
                return literal("rue", JsonToken.VALUE_TRUE);
            }
            case 'f' -> {
                return literal("alse", JsonToken.VALUE_FALSE);
            }
            case 'n' -> {
                return literal("ull", JsonToken.VALUE_NULL);
            }
            default -> {
                return integer(c);
            }
        }
    }

    private JsonToken open(boolean object, JsonToken token) {
        if (depth == MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        objects = object ? objects | 1L << depth : objects & ~(1L << depth);
        depth++;
        return token;
    }

    private boolean isObject(int level) {
        return (objects >>> level & 1) != 0;
    }

    /** A TLM string whose opening quote was taken: its content is from {@link #start} to {@link #end}. */
    private void string() {
        byte[] bytes = in;
        int at = pos;
        start = at;
        escaped = false;
        while (true) {
            // Checked, words stop short of the closing quote, which the bytes after them meet as any string would.
            at = checkedEnd >= 0 ? PlainBytes.toBackslash(bytes, at, checkedEnd) : PlainBytes.skip(bytes, at, bytes.length);
            byte b = bytes[at++];
            if (b >= ' ' && b != '\\' && b != '"') {
                continue; // printable ASCII; a byte above 0x7F is negative
            }
            if (b != '\\') {
                throw NOT_PLAIN; // the carrying string's end, or a raw non-ASCII byte
            }
            byte escape = bytes[at++];
            if (escape == '"') {
                end = at - 2;
                pos = at;
                return;
            }
            escaped = true;
            if (escape == '\\') {
                at = tlmEscape(bytes, at);
            } else if (escape == 'u') {
                int c = hex(bytes, at);
                if (c < ' ' || c == '"' || c == '\\') {
                    throw NOT_PLAIN; // a control character, or a quote or backslash that Jackson would read as the TLM's
                }
                at += 4;
            } else if (escape != '/') {
                throw NOT_PLAIN; // a raw control character in a TLM string
            }
        }
    }

    /** Checks the TLM escape whose backslash ends before {@code at}; returns the index after it. */
    private static int tlmEscape(byte[] bytes, int at) {
        byte b = bytes[at++];
        if (b == '\\') {
            byte escape = bytes[at++];
            if (escape == '"' || escape == '\\' || escape == '/') {
                return at;
            }
            throw NOT_PLAIN;
        }
        if (b == 'u') {
            hex(bytes, at);
            return at + 4;
        }
        if (b == '/' || b == 'b' || b == 'f' || b == 'n' || b == 'r' || b == 't') {
            return at;
        }
        throw NOT_PLAIN;
    }

    private JsonToken literal(String rest, JsonToken token) {
        for (int i = 0; i < rest.length(); i++) {
            if (in[pos + i] != rest.charAt(i)) {
                throw NOT_PLAIN;
            }
        }
        pos += rest.length();
        delimiterFollows();
        return token;
    }

    /** Digits without sign, fraction, exponent or leading zero, up to 18 of them. */
    private JsonToken integer(int c) {
        if (c < '0' || c > '9') {
            throw NOT_PLAIN;
        }
        start = pos - 1;
        long value = c - '0';
        while (in[pos] >= '0' && in[pos] <= '9') {
            if (value == 0 || pos - start >= 18) {
                throw NOT_PLAIN;
            }
            value = value * 10 + (in[pos++] - '0');
        }
        end = pos;
        number = value;
        delimiterFollows();
        return JsonToken.VALUE_NUMBER_INT;
    }

    /** What may follow a number or a literal, left for the next token: a separator, whitespace, the end. */
    private void delimiterFollows() {
        byte b = in[pos];
        boolean ok = b == ',' || b == '}' || b == ']' || b == ' ' || b == '"'
                || b == '\\' && (in[pos + 1] == 'n' || in[pos + 1] == 'r' || in[pos + 1] == 't');
        if (!ok) {
            throw NOT_PLAIN;
        }
    }

    /**
     * Takes {@code , "} (in the carrying string {@code , \"}) if it is next: how Tracim separates
     * the keys of an object, taken as they are instead of through {@link #unit()} one by one: four
     * bytes compared in one, where the message has four left. The word may reach past the carrying
     * string's closing quote, but a match cannot: none of its bytes is an unescaped quote.
     */
    private boolean nextKeyFollows() {
        int at = pos;
        if (at + Integer.BYTES <= in.length && (int) INTS.get(in, at) == KEY_SEPARATOR) {
            pos = at + Integer.BYTES;
            return true;
        }
        return false;
    }

    /** Four bytes at a time, the first in the low byte: {@link #nextKeyFollows} compares them in one. */
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** {@code , \"} as those four bytes. */
    private static final int KEY_SEPARATOR = '"' << 24 | '\\' << 16 | ' ' << 8 | ',';

    /** The next TLM character, escapes of the carrying string decoded, or {@link #END}. */
    private int unit() {
        byte b = in[pos];
        if (b == '"') {
            return END;
        }
        pos++;
        if (b != '\\') {
            return b;
        }
        byte escape = in[pos++];
        return switch (escape) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case '"' -> '"';
            case '/' -> '/';
            default -> throw NOT_PLAIN; // a TLM backslash, \b, \f or \\u outside a TLM string
        };
    }

    private int unitAfterWhitespace() {
        int c = unit();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            c = unit();
        }
        return c;
    }

    private static int hex(byte[] bytes, int at) {
        int c = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(bytes[i], 16);
            if (digit < 0) {
                throw NOT_PLAIN;
            }
            c = c << 4 | digit;
        }
        return c;
    }

    /**
     * The current string's characters, decoded once per token into {@link #chars}: the carrying
     * string's escapes ({@code \\}, {@code \/}, {@code \}{@code u}, the only ones {@link #string()}
     * lets through), and inside them the TLM's.
     */
    private void decode() {
        if (charsLength >= 0) {
            return;
        }
        char[] chars = chars(end - start);
        byte[] bytes = in;
        int n = 0;
        int at = start;
        while (at < end) {
            byte b = bytes[at++];
            if (b != '\\') {
                chars[n++] = (char) b;
                continue;
            }
            byte escape = bytes[at++];
            int c;
            if (escape == 'u') {
                c = hex(bytes, at);
                at += 4;
            } else if (escape == '\\') {
                // A TLM escape: its letter is one character of the carrying string, itself maybe escaped.
                int letter = bytes[at] == '\\' ? bytes[at + 1] : bytes[at];
                at += bytes[at] == '\\' ? 2 : 1;
                if (letter == 'u') {
                    c = hex(bytes, at);
                    at += 4;
                } else {
                    c = switch (letter) {
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        default -> letter; // '"', '\\', '/'
                    };
                }
            } else {
                c = escape; // '/'
            }
            chars[n++] = (char) c;
        }
        charsLength = n;
    }

    /** {@link #chars}, with room for {@code length} characters. */
    private char[] chars(int length) {
        if (chars == null || chars.length < length) {
            chars = new char[Math.max(64, length)];
        }
        return chars;
    }

    /**
     * The current string token as Tracim's date, read from the carrying string's bytes; null when
     * it holds an escape or is not such a date, for the exact reading to decide and word the error.
     */
    Instant plainDate() {
        return escaped ? null : TracimDate.parseAsciiOrNull(in, start, end - start);
    }

    /**
     * At a {@code START_OBJECT} or {@code START_ARRAY}: the index of its bracket, or -1 when the
     * bracket came from an escape of the carrying string (its bytes then do not begin with it).
     */
    int containerStart() {
        byte bracket = _currToken == JsonToken.START_OBJECT ? (byte) '{' : (byte) '[';
        return in[pos - 1] == bracket ? pos - 1 : -1;
    }

    /** Right after a container's end: how many bytes it took, from its {@link #containerStart()} on. */
    int containerLength(int start) {
        return pos - start;
    }

    /** Right after a container's end: its bytes, from its {@link #containerStart()} on. */
    byte[] containerBytes(int start) {
        return Arrays.copyOfRange(in, start, pos);
    }

    /**
     * Right after a container's end: a hash of its bytes from {@code start} on, eight at a time;
     * equal for equal bytes, and unequal bytes share one only by chance.
     */
    long containerPrint(int start) {
        long print = pos - start;
        int at = start;
        for (; at + Long.BYTES <= pos; at += Long.BYTES) {
            print = print * 0x9E3779B97F4A7C15L + (long) LONGS.get(in, at);
        }
        for (; at < pos; at++) {
            print = print * 31 + in[at];
        }
        return print;
    }

    /**
     * At a {@code START_OBJECT} or {@code START_ARRAY}: if its bytes are {@code container}'s (the
     * bytes of a whole container, bracket to bracket, read before), takes them and returns true,
     * the parser at the container's end as if it had read it token by token. Equal bytes read as
     * the same tokens, so whatever was decoded from them then is what they would decode to now.
     */
    boolean skipIfSame(byte[] container) {
        int from = pos - 1;
        int to = from + container.length;
        if (to > in.length || !Arrays.equals(in, from, to, container, 0, container.length)) {
            return false;
        }
        pos = to;
        depth--;
        _currToken = container[0] == '{' ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
        return true;
    }

    /**
     * The current string token's text, shared when seen before ({@link StringCache}): read from the
     * carrying string's bytes when it holds no escape, without copying them to characters first.
     */
    String repeatedText() throws java.io.IOException {
        return escaped ? StringCache.text(this) : StringCache.ascii(in, start, end);
    }

    @Override
    public String getText() {
        JsonToken token = _currToken;
        if (token == JsonToken.VALUE_STRING) {
            if (!escaped) {
                return new String(in, start, end - start, StandardCharsets.ISO_8859_1);
            }
            decode();
            return new String(chars, 0, charsLength);
        }
        if (token == JsonToken.FIELD_NAME) {
            return name;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return new String(in, start, end - start, StandardCharsets.ISO_8859_1);
        }
        return token == null ? null : token.asString();
    }

    @Override
    public char[] getTextCharacters() {
        if (_currToken == JsonToken.VALUE_STRING) {
            if (escaped) {
                decode();
            } else if (charsLength < 0) {
                char[] chars = chars(end - start);
                for (int i = start; i < end; i++) {
                    chars[i - start] = (char) in[i];
                }
                charsLength = end - start;
            }
            return chars;
        }
        String text = getText();
        return text == null ? null : text.toCharArray();
    }

    @Override
    public int getTextLength() {
        if (_currToken == JsonToken.VALUE_STRING) {
            if (!escaped) {
                return end - start;
            }
            decode();
            return charsLength;
        }
        String text = getText();
        return text == null ? 0 : text.length();
    }

    @Override
    public int getTextOffset() {
        return 0;
    }

    @Override
    public boolean hasTextCharacters() {
        return _currToken == JsonToken.VALUE_STRING;
    }

    @Override
    public NumberType getNumberType() {
        if (_currToken != JsonToken.VALUE_NUMBER_INT) {
            throw NOT_PLAIN;
        }
        return number <= Integer.MAX_VALUE ? NumberType.INT : NumberType.LONG;
    }

    @Override
    public int getIntValue() {
        if (getNumberType() != NumberType.INT) {
            throw NOT_PLAIN;
        }
        return (int) number;
    }

    @Override
    public long getLongValue() {
        getNumberType();
        return number;
    }

    @Override
    public Number getNumberValue() {
        return getNumberType() == NumberType.INT ? (Number) (int) number : (Number) number;
    }

    @Override
    public String getCurrentName() {
        return _currToken == JsonToken.FIELD_NAME ? name : null;
    }

    // What the streaming readers never ask of it: Jackson's parser answers instead.

    @Override
    public BigInteger getBigIntegerValue() {
        throw NOT_PLAIN;
    }

    @Override
    public float getFloatValue() {
        throw NOT_PLAIN;
    }

    @Override
    public double getDoubleValue() {
        throw NOT_PLAIN;
    }

    @Override
    public BigDecimal getDecimalValue() {
        throw NOT_PLAIN;
    }

    @Override
    public byte[] getBinaryValue(Base64Variant variant) {
        throw NOT_PLAIN;
    }

    @Override
    public JsonStreamContext getParsingContext() {
        throw NOT_PLAIN;
    }

    @Override
    public void overrideCurrentName(String name) {
        throw NOT_PLAIN;
    }

    @Override
    public JsonLocation getCurrentLocation() {
        return JsonLocation.NA;
    }

    @Override
    public JsonLocation getTokenLocation() {
        return JsonLocation.NA;
    }

    @Override
    public ObjectCodec getCodec() {
        return null;
    }

    @Override
    public void setCodec(ObjectCodec codec) {
        throw NOT_PLAIN;
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    protected void _handleEOF() {
        // The document's end is checked by nextToken.
    }

    @Override
    public void close() {
        // Nothing held: the message belongs to the event.
    }

    @Override
    public boolean isClosed() {
        return false;
    }

    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super("not read by EscapedTlmParser", null, false, false);
        }
    }
}
