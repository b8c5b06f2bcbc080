package org.tracimdaemon.sdk.runtime.tlm;

/**
 * An {@code <html-mention>} in a content.
 *
 * <pre>{@code
 * Mention m = event.mention();
 * boolean forMe = m.type() == MentionType.USER && m.recipient() == myUserId;
 * }</pre>
 *
 * @param type      whether a user or a role is mentioned
 * @param recipient a user id ({@link MentionType#USER}) or a role level ({@link MentionType#ROLE},
 *                  0 = everybody)
 * @param contentId the content holding the mention
 */
public record Mention(MentionType type, long recipient, long contentId) {
    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param type      from {@code type}; null becomes {@link MentionType#UNKNOWN}
     * @param recipient from {@code recipient}
     * @param contentId from {@code content_id}
     */
    public Mention {
        type = Keys.known(type, MentionType.UNKNOWN);
    }

    /** {@return whether it is {@code @all}: every member of the space} */
    public boolean isEveryone() {
        return type == MentionType.ROLE && recipient == 0;
    }
}
