package org.tracimdaemon.sdk.tracim;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call to Tracim's REST API failed. The message names the call ({@code GET
 * /workspaces/2/html-documents/6}), Tracim's HTTP status and its error message and code, or what
 * went wrong on the way (no answer in time, Tracim unreachable, an answer that is not what Tracim
 * sends). It never holds the password, the API key or the session cookie.
 *
 * <pre>{@code
 * tracim.note(2, 6).exceptionally(failure -> {
 *     if (failure.getCause() instanceof TracimApiException e && e.status().orElse(0) == 404) {
 *         return null; // deleted meanwhile
 *     }
 *     throw new CompletionException(failure);
 * });
 * }</pre>
 */
public final class TracimApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The call that failed, method and endpoint. */
    private final String call;
    /** Tracim's HTTP status, 0 when no answer came. */
    private final int status;
    /** The {@code message} of Tracim's error answer, {@code null} when it sent none. */
    private final String tracimMessage;
    /** The {@code code} of Tracim's error answer, {@code null} when it sent none. */
    private final Integer tracimCode;

    TracimApiException(String call, int status, String tracimMessage, Integer tracimCode, String message,
            Throwable cause) {
        super(message, cause);
        this.call = call;
        this.status = status;
        this.tracimMessage = tracimMessage;
        this.tracimCode = tracimCode;
    }

    /**
     * The call that failed, method and endpoint.
     *
     * @return e.g. {@code POST /workspaces/2/contents/6/comments}
     */
    public String call() {
        return call;
    }

    /**
     * Tracim's HTTP status.
     *
     * @return the status of Tracim's answer; empty when no answer came (timeout, network)
     */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    /**
     * The {@code message} of Tracim's error answer.
     *
     * @return that message; empty when Tracim sent no error answer
     */
    public Optional<String> tracimMessage() {
        return Optional.ofNullable(tracimMessage);
    }

    /**
     * The {@code code} of Tracim's error answer (Tracim's {@code ErrorCode}).
     *
     * @return that code; empty when Tracim sent no error answer or a {@code null} code
     */
    public OptionalInt tracimCode() {
        return tracimCode == null ? OptionalInt.empty() : OptionalInt.of(tracimCode);
    }
}
