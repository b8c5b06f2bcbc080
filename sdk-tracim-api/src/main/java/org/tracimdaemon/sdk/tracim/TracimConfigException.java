package org.tracimdaemon.sdk.tracim;

import java.io.IOException;

/**
 * TracimDaemon's {@code config.json} cannot be used: missing, unreadable, not the plugin user's,
 * readable by other users, or lacking the Tracim URL or credentials. The message says which and
 * how to fix it; it never holds the password.
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
