package org.tracimdaemon.sdk.runtime.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A validating scan of plain ASCII JSON in a byte array, allocating nothing: what the daemon and
 * Tracim send (Tracim escapes every non-ASCII character), read without a parser. It is only an
 * accelerator, and a strict one: whatever it does not plainly accept (a byte above 0x7F, deep
 * nesting, long numbers, any error) it answers false, and the caller reads the message with
 * Jackson, which then accepts it or names the fault. So it must never accept what Jackson
 * refuses; the differential tests check that. Internal to the SDK: not an API.
 *
 * <pre>{@code
 * JsonScanner scan = new JsonScanner(bytes, 0, bytes.length);
 * boolean plainJson = scan.value(0) && scan.atEnd();
 * }</pre>
 */
public final class JsonScanner {
    /** Deeper documents go to Jackson, which enforces its own limit (1000). */
    private static final int MAX_DEPTH = 100;
    /** Longer numbers go to Jackson, which enforces its own limit (1000 digits). */
    private static final int MAX_NUMBER_LENGTH = 100;

    private final byte[] in;
    private final int end;
    private int pos;

    /**
     * A scan of {@code in} from {@code offset} up to {@code end}; it never reads outside them.
     *
     * @param in     the message's bytes, not copied
     * @param offset where the scan starts
     * @param end    where it stops: the index after the last byte to scan
     */
    public JsonScanner(byte[] in, int offset, int end) {
        this.in = in;
        this.pos = offset;
        this.end = end;
    }

    /** {@return the index of the next byte to scan} */
    public int position() {
        return pos;
    }

    /** Skips JSON whitespace. */
    public void whitespace() {
        while (pos < end) {
            byte b = in[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }

    /** {@return the next byte, not taken, or -1 at the end} */
    public int peek() {
        return pos < end ? in[pos] : -1;
    }

    /**
     * Takes {@code expected} if it is next.
     *
     * @param expected an ASCII character
     * @return whether it was next, and so taken
     */
    public boolean take(char expected) {
        if (pos < end && in[pos] == expected) {
            pos++;
            return true;
        }
        return false;
    }

    /** {@return whether only whitespace is left} It skips that whitespace. */
    public boolean atEnd() {
        whitespace();
        return pos == end;
    }

    /**
     * A string without escapes, starting at the quote: returns where its content starts (its
     * content ends before the closing quote, now just behind the position), or -1 for anything else.
     *
     * @return the index of the content's first byte, or -1
     */
    public int plainString() {
        if (!take('"')) {
            return -1;
        }
        int start = pos;
        while (pos < end) {
            byte b = in[pos++];
            if (b == '"') {
                return start;
            }
            if (b == '\\' || b < ' ') { // also every byte above 0x7F, which is negative
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@return whether the bytes from {@code start} to the position minus one (a plain string's content) are {@code text}}
     *
     * @param start what {@link #plainString()} returned
     * @param text  ASCII text to compare with
     */
    public boolean contentIs(int start, String text) {
        int length = pos - 1 - start;
        if (length != text.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (in[start + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return as {@link #contentIs}, ignoring ASCII case}
     *
     * @param start what {@link #plainString()} returned
     * @param text  ASCII text to compare with
     */
    public boolean contentIsIgnoringCase(int start, String text) {
        int length = pos - 1 - start;
        if (length != text.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Character.toLowerCase((char) in[start + i]) != Character.toLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Bytes a string holds as they are: printable ASCII but the quote and the backslash. */
    private static final boolean[] PLAIN = new boolean[256];
    /** The characters a backslash may escape, {@code u} apart. */
    private static final boolean[] ESCAPES = new boolean[256];

    static {
        for (int b = ' '; b < 0x80; b++) {
            PLAIN[b] = b != '"' && b != '\\';
        }
        for (char c : "\"\\/bfnrt".toCharArray()) {
            ESCAPES[c] = true;
        }
    }

    /** Eight bytes at a time, in the order they are in the array. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The high bit of each byte of {@code word} that is not {@link #PLAIN}, exact up to its first
     * such byte (a borrow may mark bytes after it): a quote, a backslash, a control character,
     * or a byte above 0x7F. Zero when all eight bytes are plain.
     */
    private static long notPlain(long word) {
        long quotes = word ^ 0x2222222222222222L;
        long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
        return ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes
                | (word - 0x2020202020202020L) & ~word | word) & HIGH_BITS;
    }

    /** The high bit of each byte of {@code word} that is {@code c} (one byte repeated eight times), exactly. */
    private static long bytesEqual(long word, long c) {
        long x = word ^ c;
        // A byte's high bit is set by the add when its low seven bits are not all zero, by x when its own is.
        return ~(((x & ~HIGH_BITS) + ~HIGH_BITS) | x) & HIGH_BITS;
    }

    /**
     * The high bit of each byte of {@code word} that is a backslash opening a {@code \\"} pair, when
     * the word's only bytes that are not plain are such pairs: how a TLM's quotes look in the
     * string that carries it, one in nine bytes, so that the word is taken whole instead of
     * stopping at each. Exact per byte (no borrow crosses bytes): every backslash is followed by a
     * quote, every quote follows a backslash, no control character or byte above 0x7F. A backslash
     * in the last byte is left for the caller, its quote being in the next word. The word starts
     * where no escape is open (the scan only ever stops between escapes), so its first backslash
     * does start one. -1 (every high bit) when the word is anything else.
     *
     * <p>A plain word answers 0: the one check takes both, so a word, plain or not, costs one test.
     */
    private static long escapedQuotes(long word) {
        long backslashes = bytesEqual(word, 0x5C5C5C5C5C5C5C5CL);
        long quotes = bytesEqual(word, 0x2222222222222222L);
        // From 0x20 to 0x7F: the high bit clear, and adding 0x60 to the low seven bits sets it.
        long printable = ((word & ~HIGH_BITS) + 0x6060606060606060L) & ~word & HIGH_BITS;
        return printable == HIGH_BITS && backslashes << 8 == quotes ? backslashes : -1;
    }

    /** {@return whether one string, escapes checked, was scanned from its opening quote to past its closing one} */
    public boolean string() {
        if (!take('"')) {
            return false;
        }
        byte[] bytes = in;
        int at = pos;
        int limit = end;
        while (at < limit) {
            if (at + Long.BYTES <= limit) {
                // Runs of plain bytes eight at a time: the daemon's data string is mostly that.
                long word = (long) WORDS.get(bytes, at);
                long pairs = escapedQuotes(word);
                if (pairs >= 0) {
                    at += Long.BYTES; // plain, or \" pairs wholly inside
                    continue;
                }
                if (pairs != -1 && at + Long.BYTES < limit && bytes[at + Long.BYTES] == '"') {
                    at += Long.BYTES + 1; // the last byte's backslash and its quote, the next word's first byte
                    continue;
                }
                at += Long.numberOfTrailingZeros(notPlain(word)) >>> 3;
            }
            byte b = bytes[at++];
            if (PLAIN[b & 0xFF]) {
                continue;
            }
            if (b == '"') {
                pos = at;
                return true;
            }
            if (b != '\\' || at >= limit) {
                return false; // a control character, a byte above 0x7F, or a cut escape
            }
            byte escape = bytes[at++];
            if (escape == 'u') {
                if (at + 4 > limit || !hex(bytes[at]) || !hex(bytes[at + 1]) || !hex(bytes[at + 2]) || !hex(bytes[at + 3])) {
                    return false;
                }
                at += 4;
            } else if (!ESCAPES[escape & 0xFF]) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@return whether one value of any kind was scanned, whitespace before it skipped}
     *
     * @param depth how deep the value is nested already: 0 for a whole document; past 100 the scan gives up
     */
    public boolean value(int depth) {
        whitespace();
        int c = peek();
        switch (c) {
            case '"' -> {
                return string();
            }
            case '{' -> {
                return depth < MAX_DEPTH && object(depth + 1);
            }
            case '[' -> {
                return depth < MAX_DEPTH && array(depth + 1);
            }
            case 't' -> {
                return literal("true");
            }
            case 'f' -> {
                return literal("false");
            }
            case 'n' -> {
                return literal("null");
            }
            default -> {
                return number();
            }
        }
    }

    private boolean object(int depth) {
        pos++;
        whitespace();
        if (take('}')) {
            return true;
        }
        do {
            whitespace();
            if (!string()) {
                return false;
            }
            whitespace();
            if (!take(':') || !value(depth)) {
                return false;
            }
            whitespace();
        } while (take(','));
        return take('}');
    }

    private boolean array(int depth) {
        pos++;
        whitespace();
        if (take(']')) {
            return true;
        }
        do {
            if (!value(depth)) {
                return false;
            }
            whitespace();
        } while (take(','));
        return take(']');
    }

    private boolean literal(String word) {
        if (pos + word.length() > end) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (in[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        pos += word.length();
        return followsValue();
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, then a byte that may follow a value. */
    private boolean number() {
        int start = pos;
        take('-');
        if (take('0')) {
            if (pos < end && digit(in[pos])) {
                return false;
            }
        } else if (!digits()) {
            return false;
        }
        if (take('.') && !digits()) {
            return false;
        }
        if (take('e') || take('E')) {
            if (!take('+')) {
                take('-');
            }
            if (!digits()) {
                return false;
            }
        }
        return pos - start <= MAX_NUMBER_LENGTH && followsValue();
    }

    /**
     * Reads an integer the scan accepted as a number: up to 18 digits, no sign, fraction or exponent; -1 otherwise.
     *
     * @return the integer, or -1
     */
    public long naturalNumber() {
        int start = pos;
        long value = 0;
        while (pos < end && digit(in[pos]) && pos - start < 18) {
            value = value * 10 + (in[pos++] - '0');
        }
        boolean leadingZero = pos - start > 1 && in[start] == '0';
        return pos == start || leadingZero || !followsValue() ? -1 : value;
    }

    private boolean digits() {
        int start = pos;
        while (pos < end && digit(in[pos])) {
            pos++;
        }
        return pos > start;
    }

    /** What may come right after a literal or number: the end, whitespace, or a separator. */
    private boolean followsValue() {
        if (pos == end) {
            return true;
        }
        byte b = in[pos];
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean hex(byte b) {
        return digit(b) || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
