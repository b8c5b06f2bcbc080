package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code workspace.*} events: a space was created, changed, deleted or restored.
 *
 * <pre>{@code
 * log("space " + event.workspace().label() + " changed");
 * }</pre>
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param workspace   the space, with its description
 */
public record WorkspaceEvent(
        Optional<User> author,
        Optional<String> clientToken,
        Workspace workspace) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author      from {@code author}; null becomes empty
     * @param clientToken from {@code client_token}; null becomes empty
     * @param workspace   from {@code workspace}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public WorkspaceEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        workspace = Keys.required(workspace, "workspace");
    }
}
