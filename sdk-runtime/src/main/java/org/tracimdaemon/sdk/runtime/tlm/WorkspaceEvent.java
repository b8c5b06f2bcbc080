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

    public WorkspaceEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        workspace = Keys.required(workspace, "workspace");
    }
}
