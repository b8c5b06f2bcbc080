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
    public Reaction {
        author = Keys.required(author, "author");
        value = Keys.text(value);
        created = Keys.required(created, "created");
    }
}
