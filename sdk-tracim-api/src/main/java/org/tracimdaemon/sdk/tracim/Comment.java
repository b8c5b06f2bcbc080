package org.tracimdaemon.sdk.tracim;

import java.time.Instant;
import java.util.Objects;
import org.tracimdaemon.sdk.runtime.tlm.User;

/**
 * A comment as Tracim's REST API gives it ({@code CommentSchema}): unlike a TLM's
 * {@code CommentContent}, with its text.
 *
 * <pre>{@code
 * for (Comment comment : tracim.comments(2, 6).get()) {
 *     System.out.println(comment.author().publicName() + ": " + comment.rawContent());
 * }
 * }</pre>
 *
 * @param contentId         the comment's id
 * @param parentId          the content it comments on
 * @param parentContentType that content's type slug
 * @param parentLabel       that content's title
 * @param rawContent        the comment's text: HTML as Tracim stores it
 * @param author            who wrote it
 * @param created           when
 */
public record Comment(
        long contentId,
        long parentId,
        String parentContentType,
        String parentLabel,
        String rawContent,
        User author,
        Instant created) {

    /**
     * Checks the author and date are there; missing texts are empty texts.
     *
     * @param contentId         the comment's id
     * @param parentId          the content it comments on
     * @param parentContentType that content's type slug; {@code null} becomes empty
     * @param parentLabel       that content's title; {@code null} becomes empty
     * @param rawContent        the comment's text: HTML as Tracim stores it; {@code null} becomes empty
     * @param author            who wrote it
     * @param created           when
     * @throws NullPointerException if {@code author} or {@code created} is {@code null}
     */
    public Comment {
        parentContentType = Objects.requireNonNullElse(parentContentType, "");
        parentLabel = Objects.requireNonNullElse(parentLabel, "");
        rawContent = Objects.requireNonNullElse(rawContent, "");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
    }
}
