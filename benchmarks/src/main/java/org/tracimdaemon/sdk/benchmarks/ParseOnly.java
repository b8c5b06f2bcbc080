package org.tracimdaemon.sdk.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The floor: the envelope and the TLM inside it tokenised, nothing built and nothing dispatched.
 * No decoder that reads every byte can go faster with Jackson.
 */
final class ParseOnly {
    private final JsonFactory json = new JsonFactory();

    /** Returns the number of tokens, so that the work cannot be optimised away. */
    int tokens(byte[] message) {
        try (JsonParser envelope = json.createParser(message)) {
            int count = 0;
            String data = null;
            for (JsonToken token = envelope.nextToken(); token != null; token = envelope.nextToken()) {
                count++;
                if (token == JsonToken.VALUE_STRING && "data".equals(envelope.currentName())) {
                    data = envelope.getText();
                }
            }
            if (data != null) {
                try (JsonParser tlm = json.createParser(data)) {
                    while (tlm.nextToken() != null) {
                        count++;
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
