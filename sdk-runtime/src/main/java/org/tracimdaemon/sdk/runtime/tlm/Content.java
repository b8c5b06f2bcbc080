package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;

/**
 * A Tracim content, in the shape Tracim sends for its type: notes, folders and threads as
 * {@link MessageContent}, files as {@link FileContent}, kanban boards and logbooks as
 * {@link RawContent}, comments as {@link CommentContent}, todos as {@link TodoContent}.
 *
 * <p>What every shape has is here, so a handler can use any content without looking at its shape;
 * switch on the variant for the rest:
 *
 * <pre>{@code
 * Content content = event.content();
 * log("content " + content.contentId() + " (" + content.contentType() + ") by " + content.author().publicName());
 * if (content instanceof FileContent file) {
 *     log(file.mimetype() + ", " + file.size().orElse(0) + " bytes");
 * }
 * }</pre>
 *
 * <p>The body of a note, thread or comment is not in the event: fetch the content by REST.
 */
@JsonDeserialize(using = ContentDeserializer.class)
public sealed interface Content permits MessageContent, FileContent, RawContent, CommentContent, TodoContent {

    /** {@return the content's id ({@code content_id})} */
    long contentId();

    /** {@return its type slug ({@code content_type}): {@code html-document}, {@code file}, {@code folder},
     * {@code thread}, {@code comment}, {@code kanban}, {@code logbook} or {@code todo}} */
    String contentType();

    /** {@return who created it ({@code author})} */
    User author();

    /** {@return when it was created ({@code created}), to the second} */
    Instant created();
}
