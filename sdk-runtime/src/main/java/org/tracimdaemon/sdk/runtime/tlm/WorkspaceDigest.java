package org.tracimdaemon.sdk.runtime.tlm;

/**
 * The short form of a space, inside a {@link Subscription} and a {@link TodoContent}.
 *
 * @param workspaceId the space's id
 * @param label       its name
 */
public record WorkspaceDigest(long workspaceId, String label) {
    public WorkspaceDigest {
        label = Keys.text(label);
    }
}
