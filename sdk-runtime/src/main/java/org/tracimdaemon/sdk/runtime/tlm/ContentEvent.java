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

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author      from {@code author}; null becomes empty
     * @param clientToken from {@code client_token}; null becomes empty
     * @param content     from {@code content}; required
     * @param workspace   from {@code workspace}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public ContentEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        content = Keys.required(content, "content");
        workspace = Keys.required(workspace, "workspace");
    }
}
