package org.tracimdaemon.sdk.runtime.tlm;

import java.time.Instant;

/**
 * A reaction to a content.
 *
 * @param reactionId the reaction's id
 * @param contentId  the content reacted to
 * @param author     who reacted
 * @param value      an emoji (possibly several code points) or {@code :custom_text:}
 * @param created    when
 */
public record Reaction(long reactionId, long contentId, User author, String value, Instant created) {
    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param reactionId from {@code reaction_id}
     * @param contentId  from {@code content_id}
     * @param author     from {@code author}; required
     * @param value      from {@code value}; null becomes {@code ""}
     * @param created    from {@code created}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public Reaction {
        author = Keys.required(author, "author");
        value = Keys.text(value);
        created = Keys.required(created, "created");
    }
}
