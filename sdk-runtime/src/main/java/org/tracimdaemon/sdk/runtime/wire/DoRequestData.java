package org.tracimdaemon.sdk.runtime.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Objects;

/**
 * Data of {@code daemon_do_request}, with the Go field names the daemon's struct uses, and the
 * echo of it inside {@code daemon_request_result}. The body travels as standard base64.
 *
 * @param method   HTTP method, e.g. {@code GET}
 * @param endpoint Tracim API path, e.g. {@code /users/42}
 * @param body     the request body; empty for none
 */
public record DoRequestData(
        @JsonProperty("Method") String method,
        @JsonProperty("Endpoint") String endpoint,
        @JsonProperty("Body") byte[] body) {

    /**
     * Completes what the JSON left out, so that no accessor returns null.
     *
     * @param method   from {@code Method}; null becomes {@code ""}
     * @param endpoint from {@code Endpoint}; null becomes {@code ""}
     * @param body     from {@code Body} (base64 in the JSON); null becomes no bytes; copied
     */
    public DoRequestData {
        method = Objects.requireNonNullElse(method, "");
        endpoint = Objects.requireNonNullElse(endpoint, "");
        body = body == null ? new byte[0] : body.clone();
    }

    /** {@return a copy of the body's bytes; empty for none} */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DoRequestData that && method.equals(that.method)
                && endpoint.equals(that.endpoint) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, endpoint, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "DoRequestData[method=" + method + ", endpoint=" + endpoint + ", body=" + body.length + " bytes]";
    }
}
