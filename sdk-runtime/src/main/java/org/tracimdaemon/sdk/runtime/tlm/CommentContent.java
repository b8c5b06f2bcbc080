package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;

/**
 * A comment on a note, thread, file... Tracim does not send its text, nor a label, status,
 * space id or deleted flag: {@code content.deleted.comment} says the deletion only by its type.
 *
 * <pre>{@code
 * if (event.content() instanceof CommentContent comment) {
 *     log(comment.author().publicName() + " commented on " + comment.parentLabel());
 * }
 * }</pre>
 *
 * @param contentId              the comment's id
 * @param contentType            {@code comment}
 * @param parentId               the content commented on
 * @param parentContentType      its type slug
 * @param parentContentNamespace its namespace
 * @param parentLabel            its title
 * @param author                 who wrote the comment
 * @param lastModifier           who last changed it
 * @param created                when it was written
 * @param modified               when it was last changed
 * @param description            usually empty
 */
@JsonDeserialize(using = JsonDeserializer.None.class) // not Content's: that one picks the variant
public record CommentContent(
        long contentId,
        String contentType,
        long parentId,
        String parentContentType,
        ContentNamespace parentContentNamespace,
        String parentLabel,
        User author,
        User lastModifier,
        Instant created,
        Instant modified,
        String description) implements Content {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param contentId              from {@code content_id}
     * @param contentType            from {@code content_type}; null becomes {@code ""}
     * @param parentId               from {@code parent_id}
     * @param parentContentType      from {@code parent_content_type}; null becomes {@code ""}
     * @param parentContentNamespace from {@code parent_content_namespace}; null becomes {@link ContentNamespace#UNKNOWN}
     * @param parentLabel            from {@code parent_label}; null becomes {@code ""}
     * @param author                 from {@code author}; required
     * @param lastModifier           from {@code last_modifier}; required
     * @param created                from {@code created}; required
     * @param modified               from {@code modified}; required
     * @param description            from {@code description}; null becomes {@code ""}
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public CommentContent {
        contentType = Keys.text(contentType);
        parentContentType = Keys.text(parentContentType);
        parentContentNamespace = Keys.known(parentContentNamespace, ContentNamespace.UNKNOWN);
        parentLabel = Keys.text(parentLabel);
        author = Keys.required(author, "author");
        lastModifier = Keys.required(lastModifier, "last_modifier");
        created = Keys.required(created, "created");
        modified = Keys.required(modified, "modified");
        description = Keys.text(description);
    }
}
