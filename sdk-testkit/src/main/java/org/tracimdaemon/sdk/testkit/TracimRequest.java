package org.tracimdaemon.sdk.testkit;

import java.nio.charset.StandardCharsets;

/**
 * What a plugin asked Tracim for through {@code daemon_do_request}, as a daemon that honours
 * the call would read it.
 *
 * @param method   e.g. {@code GET}
 * @param endpoint e.g. {@code /workspaces/2/html-documents/6}
 * @param body     the request body, empty for none
 */
public record TracimRequest(String method, String endpoint, byte[] body) {

    /**
     * The body as UTF-8 text.
     *
     * @return the body decoded as UTF-8
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
