package org.tracimdaemon.sdk.runtime.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the end of a run of bytes a JSON string holds as they are (printable ASCII but the quote
 * and the backslash) eight at a time: the strings of a TLM are mostly such runs, between the
 * {@code \"} that delimit them in their carrying string. Internal to the SDK: not an API.
 */
public final class PlainBytes {
    private PlainBytes() {}

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The index of the first byte from {@code at} that is not plain (a quote, a backslash, a
     * control character, a byte above 0x7F), or the first index from which fewer than eight bytes
     * are left before {@code limit}: the caller reads the rest byte by byte.
     *
     * @param bytes the bytes to scan
     * @param at    where to start
     * @param limit the index after the last byte that may be read
     * @return where the plain run ends, or where the word-wise scan stopped
     */
    public static int skip(byte[] bytes, int at, int limit) {
        while (at + Long.BYTES <= limit) {
            long word = (long) WORDS.get(bytes, at);
            long quotes = word ^ 0x2222222222222222L;
            long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
            // Each byte's high bit when it is zero (a quote or a backslash), below 0x20, or above 0x7F;
            // exact up to the first such byte (a borrow may mark bytes after it, which are not used).
            long stops = ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes
                    | (word - 0x2020202020202020L) & ~word | word) & HIGH_BITS;
            if (stops != 0) {
                return at + (Long.numberOfTrailingZeros(stops) >>> 3);
            }
            at += Long.BYTES;
        }
        return at;
    }

    /**
     * As {@link #skip}, for bytes known to be printable ASCII up to {@code limit} (a string
     * {@link JsonScanner} checked, up to its closing quote): the index of the first backslash from
     * {@code at}, the only byte there that ends a run, found with a third of the arithmetic.
     *
     * @param bytes the bytes to scan, printable ASCII from {@code at} up to {@code limit}
     * @param at    where to start
     * @param limit the index after the last byte that may be read
     * @return where the first backslash is, or where the word-wise scan stopped
     */
    public static int toBackslash(byte[] bytes, int at, int limit) {
        while (at + Long.BYTES <= limit) {
            long backslashes = (long) WORDS.get(bytes, at) ^ 0x5C5C5C5C5C5C5C5CL;
            // Each zero byte's high bit, exact up to the first one (a borrow may mark bytes after it).
            long stops = (backslashes - ONES) & ~backslashes & HIGH_BITS;
            if (stops != 0) {
                return at + (Long.numberOfTrailingZeros(stops) >>> 3);
            }
            at += Long.BYTES;
        }
        return at;
    }
}
