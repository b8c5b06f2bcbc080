package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code reaction.*} events: a reaction was added to or removed from a content.
 *
 * <pre>{@code
 * log(event.user().publicName() + " reacted " + event.reaction().value());
 * }</pre>
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param workspace   the content's space
 * @param reaction    the reaction
 * @param user        who reacted
 * @param content     the content reacted to
 */
public record ReactionEvent(
        Optional<User> author,
        Optional<String> clientToken,
        Workspace workspace,
        Reaction reaction,
        User user,
        Content content) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author      from {@code author}; null becomes empty
     * @param clientToken from {@code client_token}; null becomes empty
     * @param workspace   from {@code workspace}; required
     * @param reaction    from {@code reaction}; required
     * @param user        from {@code user}; required
     * @param content     from {@code content}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public ReactionEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        workspace = Keys.required(workspace, "workspace");
        reaction = Keys.required(reaction, "reaction");
        user = Keys.required(user, "user");
        content = Keys.required(content, "content");
    }
}
