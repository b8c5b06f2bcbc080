package org.tracimdaemon.sdk.runtime.tlm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A TLM carried as a JSON string, unescaped into UTF-8 bytes in a buffer of the reading thread,
 * for Jackson: the strict check of the document and the readings {@link EscapedTlmParser} leaves
 * to Jackson. One event's reads on one thread (the check, then the fields) find the document
 * already unescaped. The envelope decoder validated the string, so every escape here is well formed.
 */
final class UnescapedTlm {
    /** Larger documents get a buffer of their own rather than keeping a thread's buffer that large. */
    private static final int KEPT_CAPACITY = 256 * 1024;

    private static final ThreadLocal<UnescapedTlm> BUFFERS = ThreadLocal.withInitial(() -> new UnescapedTlm(8192));

    private byte[] bytes;
    private int length;
    private byte[] message;
    private int offset;
    private boolean inUse;

    private UnescapedTlm(int capacity) {
        bytes = new byte[capacity];
    }

    /** The string at {@code offset} of {@code message}, unescaped; {@link #release()} it after reading. */
    static UnescapedTlm acquire(byte[] message, int offset) {
        UnescapedTlm buffer = BUFFERS.get();
        int bound = message.length - offset;
        if (buffer.inUse || bound > KEPT_CAPACITY) {
            buffer = new UnescapedTlm(bound);
        } else if (buffer.message == message && buffer.offset == offset) {
            buffer.inUse = true;
            return buffer;
        } else if (buffer.bytes.length < bound) {
            buffer.bytes = new byte[Math.max(bound, buffer.bytes.length * 2)];
        }
        buffer.length = unescape(message, offset, buffer.bytes);
        buffer.message = message;
        buffer.offset = offset;
        buffer.inUse = true;
        return buffer;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    void release() {
        inUse = false;
    }

    /**
     * Writes the content of the JSON string whose opening quote is at {@code offset} as UTF-8; an
     * escape never writes more bytes than it reads, so {@code out} needs no more room than the rest
     * of the message. Returns the number of bytes written.
     */
    static int unescape(byte[] in, int offset, byte[] out) {
        int i = offset + 1;
        int n = 0;
        int wordsEnd = Math.min(in.length, out.length) - Long.BYTES;
        while (true) {
            if (i <= wordsEnd && n <= wordsEnd) {
                // Eight bytes at a time up to the next quote or backslash: copied as they are.
                long word = (long) WORDS.get(in, i);
                WORDS.set(out, n, word);
                long stops = quoteOrBackslash(word);
                int plain = stops == 0 ? Long.BYTES : Long.numberOfTrailingZeros(stops) >>> 3;
                i += plain;
                n += plain;
                if (plain == Long.BYTES) {
                    continue;
                }
            }
            byte b = in[i++];
            if (b == '"') {
                return n;
            }
            if (b != '\\') {
                out[n++] = b;
                continue;
            }
            byte escape = in[i++];
            switch (escape) {
                case 'b' -> out[n++] = '\b';
                case 'f' -> out[n++] = '\f';
                case 'n' -> out[n++] = '\n';
                case 'r' -> out[n++] = '\r';
                case 't' -> out[n++] = '\t';
                case 'u' -> {
                    int c = hex4(in, i);
                    i += 4;
                    if (Character.isHighSurrogate((char) c) && in[i] == '\\' && in[i + 1] == 'u'
                            && Character.isLowSurrogate((char) hex4(in, i + 2))) {
                        int codePoint = Character.toCodePoint((char) c, (char) hex4(in, i + 2));
                        i += 6;
                        out[n++] = (byte) (0xF0 | codePoint >> 18);
                        out[n++] = (byte) (0x80 | (codePoint >> 12 & 0x3F));
                        out[n++] = (byte) (0x80 | (codePoint >> 6 & 0x3F));
                        out[n++] = (byte) (0x80 | (codePoint & 0x3F));
                    } else if (c < 0x80) {
                        out[n++] = (byte) c;
                    } else if (c < 0x800) {
                        out[n++] = (byte) (0xC0 | c >> 6);
                        out[n++] = (byte) (0x80 | (c & 0x3F));
                    } else {
                        // A lone surrogate too: three bytes, which the parser reads back as that same char.
                        out[n++] = (byte) (0xE0 | c >> 12);
                        out[n++] = (byte) (0x80 | (c >> 6 & 0x3F));
                        out[n++] = (byte) (0x80 | (c & 0x3F));
                    }
                }
                default -> out[n++] = escape; // '"', '\\' and '/'
            }
        }
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;

    /** The high bit of each byte of {@code word} that is a quote or a backslash, exact up to the first one. */
    private static long quoteOrBackslash(long word) {
        long quotes = word ^ 0x2222222222222222L;
        long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
        return ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes) & 0x8080808080808080L;
    }

    private static int hex4(byte[] in, int at) {
        return Character.digit(in[at], 16) << 12 | Character.digit(in[at + 1], 16) << 8
                | Character.digit(in[at + 2], 16) << 4 | Character.digit(in[at + 3], 16);
    }
}
