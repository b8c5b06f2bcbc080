package org.tracimdaemon.sdk.testkit.tracim;

import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request {@link FakeTracim} received, as the plugin sent it.
 *
 * <pre>{@code
 * RecordedCall reply = tracim.awaitCall("POST", "/workspaces/2/contents/6/comments", Duration.ofSeconds(5));
 * assertEquals("{\"raw_content\":\"<p>Thanks</p>\"}", reply.body());
 * }</pre>
 *
 * @param method   e.g. {@code POST}
 * @param endpoint the path below {@code /api}, e.g. {@code /workspaces/2/contents/6/comments}
 * @param headers  the request headers, names in lower case, first value of each
 * @param body     the body as UTF-8 text, empty for none
 */
public record RecordedCall(String method, String endpoint, Map<String, String> headers, String body) {
    /**
     * Keeps an unmodifiable copy of the headers.
     *
     * @param method   e.g. {@code POST}
     * @param endpoint the path below {@code /api}
     * @param headers  the request headers, names in lower case, first value of each
     * @param body     the body as UTF-8 text, empty for none
     */
    public RecordedCall {
        headers = Map.copyOf(headers);
    }

    /**
     * A header's value, by its name in any case.
     *
     * @param name the header's name, e.g. {@code Tracim-Api-Key}
     * @return its first value, or empty if the request had no such header
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }
}
