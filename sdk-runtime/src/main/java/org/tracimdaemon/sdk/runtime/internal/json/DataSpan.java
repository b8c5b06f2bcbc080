package org.tracimdaemon.sdk.runtime.internal.json;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Where a decoded event's {@code data} lies in the message it came from, so that the TLM decoder
 * reads it in place instead of through a tree. Internal to the SDK: not an API.
 *
 * <pre>{@code
 * if (span != null && span.token() == JsonToken.VALUE_STRING) { ... read from span.offset() ... }
 * }</pre>
 *
 * @param source the whole message; never changed
 * @param offset where the data value's first byte is
 * @param end    the index after the data value's last byte, or -1 when the decoder did not note it
 *               (Jackson's path): a TLM carried as a string is then read from its start only. An
 *               end means {@link JsonScanner} found the value, and so checked it: printable ASCII,
 *               every escape well formed
 * @param token  the data value's first token
 */
public record DataSpan(byte[] source, int offset, int end, JsonToken token) {}
