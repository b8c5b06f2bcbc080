package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code content.<operation>.<type>} events: a content was created, changed (any new revision, moves included), deleted, restored or copied.
 *
 * <pre>{@code
 * if (event.content() instanceof FileContent file) { index(file); }
 * }</pre>
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param content     the content, in the shape of its type
 * @param workspace   its space
 */
public record ContentEvent(
        Optional<User> author,
        Optional<String> clientToken,
        Content content,
        Workspace workspace) {

    public ContentEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        content = Keys.required(content, "content");
        workspace = Keys.required(workspace, "workspace");
    }
}
