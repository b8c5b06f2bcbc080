package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Optional;

/**
 * A todo attached to a content. Tracim sends no {@code content_type} for it; {@link #contentType()}
 * answers {@code "todo"} all the same.
 *
 * <pre>{@code
 * if (event.content() instanceof TodoContent todo && todo.assignee().map(User::userId).orElse(0L) == me) {
 *     remind(todo.rawContent(), todo.parent().label());
 * }
 * }</pre>
 *
 * @param contentId  the todo's id
 * @param rawContent the todo's text
 * @param status     open or closed
 * @param created    when it was created
 * @param author     who created it
 * @param assignee   who must do it; empty when nobody is (Tracim then sends a user without id)
 * @param parent     the content it is attached to
 * @param workspace  its space
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not Content's: that one picks the variant
public record TodoContent(
        long contentId,
        String rawContent,
        ContentStatus status,
        Instant created,
        User author,
        Optional<User> assignee,
        ContentDigest parent,
        WorkspaceDigest workspace) implements Content {

    /** The type slug of todos, which Tracim leaves out of their JSON. */
    public static final String CONTENT_TYPE = "todo";

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param contentId  from {@code content_id}
     * @param rawContent from {@code raw_content}; null becomes {@code ""}
     * @param status     from {@code status}; null becomes {@link ContentStatus#UNKNOWN}
     * @param created    from {@code created}; required
     * @param author     from {@code author}; required
     * @param assignee   from {@code assignee}; null, or a user without {@code user_id} (an unassigned
     *                   todo), becomes empty
     * @param parent     from {@code parent}; required
     * @param workspace  from {@code workspace}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public TodoContent {
        rawContent = Keys.text(rawContent);
        status = Keys.known(status, ContentStatus.UNKNOWN);
        created = Keys.required(created, "created");
        author = Keys.required(author, "author");
        // An unassigned todo comes with an assignee object holding only has_avatar: no user id, nobody.
        assignee = Keys.optional(assignee).filter(user -> user.userId() != 0);
        parent = Keys.required(parent, "parent");
        workspace = Keys.required(workspace, "workspace");
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }
}
