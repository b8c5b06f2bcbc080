package org.tracimdaemon.sdk.tracim;

import java.io.IOException;

/**
 * TracimDaemon's {@code config.json} cannot be used: missing, unreadable, not the plugin user's,
 * readable by other users, or lacking the Tracim URL or credentials. The message says which and
 * how to fix it; it never holds the password.
 *
 * <pre>{@code
 * try {
 *     tracim = TracimRestClient.fromDaemonConfig();
 * } catch (TracimConfigException e) {
 *     System.err.println("no Tracim texts: " + e.getMessage());   // e.g. "... chmod 600 ~/.config/TracimDaemon/config.json"
 * }
 * }</pre>
 */
public final class TracimConfigException extends IOException {
    private static final long serialVersionUID = 1L;

    TracimConfigException(String message) {
        super(message);
    }

    TracimConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
