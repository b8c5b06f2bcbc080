package org.tracimdaemon.sdk.testkit;

import java.util.Map;
import java.util.Optional;

/**
 * Scripted answers of Tracim's REST API, for a {@link FakeDaemon} that honours
 * {@code daemon_do_request}: a body means Tracim said 200 and the daemon sends a
 * {@code daemon_request_result}; an empty optional means any other status, and the daemon sends
 * nothing, as the real one does.
 *
 * <pre>{@code
 * daemon.answerRequestsAsIntended(TracimApi.of(Map.of(
 *         "/workspaces/2/html-documents/6", "{\"raw_content\": \"<p>Mascarpone</p>\"}")));
 * }</pre>
 */
@FunctionalInterface
public interface TracimApi {
    /**
     * Tracim's answer to {@code request}: the body of a 200, or empty for anything else.
     *
     * @param request what the plugin asked, as the daemon relays it
     * @return the body Tracim answers with, or empty for no answer
     */
    Optional<byte[]> answer(TracimRequest request);

    /**
     * Answers a GET of one of these endpoints with its UTF-8 body; anything else gets no answer.
     *
     * @param bodiesByEndpoint the body of each endpoint, e.g. {@code /users/1}
     * @return a Tracim answering those GETs
     */
    static TracimApi of(Map<String, String> bodiesByEndpoint) {
        Map<String, String> bodies = Map.copyOf(bodiesByEndpoint);
        return request -> request.method().equals("GET")
                ? Optional.ofNullable(bodies.get(request.endpoint()))
                        .map(body -> body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : Optional.empty();
    }
}
