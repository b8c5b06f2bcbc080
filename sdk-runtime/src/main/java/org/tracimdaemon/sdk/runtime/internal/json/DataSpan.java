package org.tracimdaemon.sdk.runtime.internal.json;

import com.fasterxml.jackson.core.JsonToken;
import java.util.function.Function;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Where a decoded event's {@code data} lies in the message it came from, so that the TLM decoder
 * reads it in place instead of through a tree. Internal to the SDK: not an API.
 *
 * <pre>{@code
 * DataSpan span = DataSpan.of(event);
 * if (span != null && span.token() == JsonToken.VALUE_STRING) { ... read from span.offset() ... }
 * }</pre>
 *
 * @param source the whole message; never changed
 * @param offset where the data value's first byte is
 * @param token  the data value's first token
 */
public record DataSpan(byte[] source, int offset, JsonToken token) {
    private static volatile Function<DaemonEvent, DataSpan> spans;

    /**
     * {@return the span of {@code event}'s data, or null when it was not decoded from bytes or has no data key}
     *
     * @param event a decoded envelope
     */
    public static DataSpan of(DaemonEvent event) {
        return spans.apply(event);
    }

    /**
     * Lets {@link #of} read the span that {@link DaemonEvent} keeps in a package-private field: its
     * class initialiser calls this, so the span stays out of the exported API (the JDK's
     * SharedSecrets pattern).
     *
     * @param reader reads an event's span
     */
    public static void readSpansWith(Function<DaemonEvent, DataSpan> reader) {
        spans = reader;
    }
}
