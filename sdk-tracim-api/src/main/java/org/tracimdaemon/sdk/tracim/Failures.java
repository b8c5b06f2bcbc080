package org.tracimdaemon.sdk.tracim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/** Turns whatever went wrong in a call into one {@link TracimApiException} whose message says it all, secrets scrubbed. */
final class Failures {
    private static final int EXCERPT = 120;

    private final Secrets secrets;
    private final ApiUrl url;
    private final Duration timeout;

    Failures(Secrets secrets, ApiUrl url, Duration timeout) {
        this.secrets = secrets;
        this.url = url;
        this.timeout = timeout;
    }

    /** Tracim answered with an error status: its JSON error's {@code message} and {@code code} when it sent one. */
    TracimApiException status(String call, int status, byte[] body, String context) {
        String message = null;
        Integer code = null;
        try {
            JsonNode error = WireJson.mapper().readTree(body);
            if (error != null && error.path("message").isTextual()) {
                message = secrets.scrub(error.path("message").textValue());
                code = error.path("code").isInt() ? error.path("code").intValue() : null;
            }
        } catch (IOException e) {
            // not JSON (a proxy's HTML page): said below
        }
        String said = message != null
                ? (code != null ? "error " + code + ": " : "") + "\"" + message + "\""
                : body.length == 0 ? "an empty body" : "no Tracim error: " + excerpt(body);
        return new TracimApiException(call, status, message, code,
                secrets.scrub(call + ": Tracim answered HTTP " + status + context + " (" + said + ")"), null);
    }

    /** A 2xx answer that is not the JSON this call expects. */
    TracimApiException unreadable(String call, int status, String expected, Exception cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : WireJson.firstLine(cause);
        return new TracimApiException(call, status, null, null,
                secrets.scrub(call + ": Tracim's answer is not " + expected + ": " + why), null);
    }

    /** Anything thrown on the way, as the call's failure. */
    TracimApiException of(String call, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof TracimApiException api) {
            if (api.call().equals(call)) {
                return api;
            }
            // The login made for this call failed: say both.
            return new TracimApiException(call, api.status().orElse(0), api.tracimMessage().orElse(null),
                    api.tracimCode().isPresent() ? api.tracimCode().getAsInt() : null,
                    secrets.scrub(call + ": cannot log in to Tracim: " + api.getMessage()), api);
        }
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            return new TracimApiException(call, 0, null, null, call + ": Tracim at " + url + " sent no answer within "
                    + timeout.toMillis() + " ms", cause);
        }
        if (cause instanceof IOException) {
            String why = cause.getMessage() != null ? cause.getMessage()
                    : cause instanceof java.net.ConnectException ? "connection refused" : cause.getClass().getSimpleName();
            return new TracimApiException(call, 0, null, null,
                    secrets.scrub(call + ": cannot reach Tracim at " + url + " (" + why + ")"), cause);
        }
        return new TracimApiException(call, 0, null, null, secrets.scrub(call + ": " + cause), null);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private String excerpt(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return "\"" + (text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…") + "\"";
    }
}
