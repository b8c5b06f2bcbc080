package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * The text of a TLM document, in the form it came in, read in place each time it is read: a
 * daemon's event keeps only the message it arrived in, never a copy of the TLM as a string.
 */
sealed interface TlmText permits TlmText.Plain, TlmText.Embedded, TlmText.Escaped {

    /** Runs {@code reading} on a parser at the start of the document, and closes the parser. */
    <R> R read(Reading<R> reading) throws IOException;

    /** The header found without a parser ({@link TlmHeaderScan}), or null when Jackson must read it. */
    default TLMEvent scanHeader() {
        return null;
    }

    /** A parser of the document in place, for the streaming readers, or null when only Jackson reads it. */
    default EscapedTlmParser escapedParser() {
        return null;
    }

    /** Whether the text ends with the document, so that anything after it is an error. */
    boolean whole();

    /** The document as a string (built on each call for the in-place forms). */
    String asString();

    /** What is read from the document. */
    @FunctionalInterface
    interface Reading<R> {
        R read(JsonParser parser) throws IOException;
    }

    /** A document given as a string. */
    record Plain(String json) implements TlmText {
        @Override
        public <R> R read(Reading<R> reading) throws IOException {
            try (JsonParser parser = WireJson.FACTORY.createParser(json)) {
                return reading.read(parser);
            }
        }

        @Override
        public boolean whole() {
            return true;
        }

        @Override
        public String asString() {
            return json;
        }
    }

    /** A document embedded as an object in a daemon message, from {@code offset} to the object's end. */
    record Embedded(byte[] message, int offset) implements TlmText {
        @Override
        public <R> R read(Reading<R> reading) throws IOException {
            try (JsonParser parser = WireJson.FACTORY.createParser(message, offset, message.length - offset)) {
                return reading.read(parser);
            }
        }

        @Override
        public boolean whole() {
            return false;
        }

        @Override
        public TLMEvent scanHeader() {
            return TlmHeaderScan.scan(message, offset, message.length, false, this);
        }

        @Override
        public String asString() {
            try {
                int end = read(parser -> {
                    parser.nextToken();
                    parser.skipChildren();
                    return (int) parser.currentLocation().getByteOffset();
                });
                return new String(message, offset, end, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("re-reading a TLM that decoded once", e);
            }
        }
    }

    /**
     * A document carried as a JSON string, as the daemon sends it: the string token starts at
     * {@code offset}; its closing quote is at {@code checkedEnd} when the envelope's scan checked the
     * string (printable ASCII, escapes well formed), else that is -1. Its header is read in place ({@link EscapedHeaderScan}), its fields by an
     * {@link EscapedTlmParser}; Jackson's reads unescape it into this thread's buffer, once for all
     * of one event's reads on one thread.
     */
    record Escaped(byte[] message, int offset, int checkedEnd) implements TlmText {
        /** A string the envelope's scan did not check (Jackson read the envelope): its parser checks every byte. */
        Escaped(byte[] message, int offset) {
            this(message, offset, -1);
        }

        @Override
        public <R> R read(Reading<R> reading) throws IOException {
            UnescapedTlm buffer = UnescapedTlm.acquire(message, offset);
            try (JsonParser parser = WireJson.FACTORY.createParser(buffer.bytes(), 0, buffer.length())) {
                return reading.read(parser);
            } finally {
                buffer.release();
            }
        }

        @Override
        public EscapedTlmParser escapedParser() {
            return new EscapedTlmParser(message, offset + 1, checkedEnd);
        }

        @Override
        public TLMEvent scanHeader() {
            UnescapedTlm buffer = UnescapedTlm.acquire(message, offset);
            try {
                return TlmHeaderScan.scan(buffer.bytes(), 0, buffer.length(), true, this);
            } finally {
                buffer.release();
            }
        }

        @Override
        public boolean whole() {
            return true;
        }

        @Override
        public String asString() {
            try (JsonParser parser = WireJson.FACTORY.createParser(message, offset, message.length - offset)) {
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    throw new IllegalStateException("not a string at " + offset);
                }
                return parser.getText();
            } catch (IOException e) {
                throw new IllegalStateException("re-reading a TLM that decoded once", e);
            }
        }
    }
}
