package org.tracimdaemon.sdk.runtime.tlm;

/**
 * A user's membership of a space; the user and the space are beside it in the
 * {@link WorkspaceMemberEvent}.
 *
 * @param role                  the member's role
 * @param emailNotificationType how the member is notified by e-mail
 */
public record Member(WorkspaceRole role, EmailNotificationType emailNotificationType) {
    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param role                  from {@code role}; null becomes {@link WorkspaceRole#UNKNOWN}
     * @param emailNotificationType from {@code email_notification_type}; null becomes {@link EmailNotificationType#UNKNOWN}
     */
    public Member {
        role = Keys.known(role, WorkspaceRole.UNKNOWN);
        emailNotificationType = Keys.known(emailNotificationType, EmailNotificationType.UNKNOWN);
    }
}
