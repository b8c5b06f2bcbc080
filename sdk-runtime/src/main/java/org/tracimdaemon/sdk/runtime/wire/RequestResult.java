package org.tracimdaemon.sdk.runtime.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Data of {@code daemon_request_result}: what Tracim answered to a {@code daemon_do_request}.
 *
 * @param request    the request as the daemon parsed it (today always empty: see {@link
 *                   org.tracimdaemon.sdk.runtime.DaemonClient#request})
 * @param statusCode the HTTP status (today always 200: the daemon sends nothing otherwise)
 * @param status     the HTTP status line, e.g. {@code 200 OK}
 * @param body       the response body (sent as base64 under {@code data})
 */
public record RequestResult(
        @JsonProperty("Request") DoRequestData request,
        @JsonProperty("StatusCode") int statusCode,
        @JsonProperty("Status") String status,
        @JsonProperty("data") byte[] body) {

    /**
     * Completes what the JSON left out, so that no accessor returns null.
     *
     * @param request    from {@code Request}; null becomes an empty request
     * @param statusCode from {@code StatusCode}
     * @param status     from {@code Status}; null becomes {@code ""}
     * @param body       from {@code data} (base64 in the JSON); null becomes no bytes; copied
     */
    public RequestResult {
        request = Objects.requireNonNullElseGet(request, () -> new DoRequestData("", "", null));
        status = Objects.requireNonNullElse(status, "");
        body = body == null ? new byte[0] : body.clone();
    }

    /** {@return a copy of the response body's bytes; empty for none} */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** {@return the response body decoded as UTF-8} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestResult that && statusCode == that.statusCode && request.equals(that.request)
                && status.equals(that.status) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, statusCode, status, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RequestResult[status=" + status + ", body=" + body.length + " bytes]";
    }
}
