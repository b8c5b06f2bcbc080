package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code content_tag.*} events: a tag was put on or taken off a content.
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param workspace   the space
 * @param content     the content
 * @param tag         the tag
 */
public record ContentTagEvent(
        Optional<User> author,
        Optional<String> clientToken,
        Workspace workspace,
        Content content,
        Tag tag) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author      from {@code author}; null becomes empty
     * @param clientToken from {@code client_token}; null becomes empty
     * @param workspace   from {@code workspace}; required
     * @param content     from {@code content}; required
     * @param tag         from {@code tag}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public ContentTagEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        workspace = Keys.required(workspace, "workspace");
        content = Keys.required(content, "content");
        tag = Keys.required(tag, "tag");
    }
}
