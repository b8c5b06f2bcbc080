package org.tracimdaemon.sdk.runtime.wire;

import java.util.Objects;

/**
 * A registered plugin, as in {@code daemon_client_add}, {@code daemon_client_added},
 * {@code daemon_client_deleted} and the entries of {@code daemon_clients}.
 *
 * @param path the plugin's socket
 * @param pid  its process id as the daemon keeps it: a string, empty when the plugin sent none
 *             (or sent a number, which the daemon drops)
 */
public record ClientData(String path, String pid) {
    /**
     * Completes what the JSON left out, so that no accessor returns null.
     *
     * @param path from {@code path}; null becomes {@code ""}
     * @param pid  from {@code pid}; null becomes {@code ""}
     */
    public ClientData {
        path = Objects.requireNonNullElse(path, "");
        pid = Objects.requireNonNullElse(pid, "");
    }
}
