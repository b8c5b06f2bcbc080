package org.tracimdaemon.sdk.runtime.tlm;

/**
 * A user's membership of a space; the user and the space are beside it in the
 * {@link WorkspaceMemberEvent}.
 *
 * @param role                  the member's role
 * @param emailNotificationType how the member is notified by e-mail
 */
public record Member(WorkspaceRole role, EmailNotificationType emailNotificationType) {
    public Member {
        role = Keys.known(role, WorkspaceRole.UNKNOWN);
        emailNotificationType = Keys.known(emailNotificationType, EmailNotificationType.UNKNOWN);
    }
}
