package org.tracimdaemon.sdk.runtime.tlm;

/**
 * The short form of a space, inside a {@link Subscription} and a {@link TodoContent}.
 *
 * @param workspaceId the space's id
 * @param label       its name
 */
public record WorkspaceDigest(long workspaceId, String label) {
    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param workspaceId from {@code workspace_id}
     * @param label       from {@code label}; null becomes {@code ""}
     */
    public WorkspaceDigest {
        label = Keys.text(label);
    }
}
