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

    public ContentTagEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        workspace = Keys.required(workspace, "workspace");
        content = Keys.required(content, "content");
        tag = Keys.required(tag, "tag");
    }
}
