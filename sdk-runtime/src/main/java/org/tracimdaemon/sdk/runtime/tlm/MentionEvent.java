package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code mention.created}: someone was mentioned in a comment, note, thread or logbook.
 *
 * <pre>{@code
 * if (event.mention().type() == MentionType.USER && event.mention().recipient() == myUserId) { notify(event.content()); }
 * }</pre>
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param mention     the mention
 * @param content     the content holding it
 * @param workspace   its space, with its description
 */
public record MentionEvent(
        Optional<User> author,
        Optional<String> clientToken,
        Mention mention,
        Content content,
        Workspace workspace) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author      from {@code author}; null becomes empty
     * @param clientToken from {@code client_token}; null becomes empty
     * @param mention     from {@code mention}; required
     * @param content     from {@code content}; required
     * @param workspace   from {@code workspace}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public MentionEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        mention = Keys.required(mention, "mention");
        content = Keys.required(content, "content");
        workspace = Keys.required(workspace, "workspace");
    }
}
