package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code workspace_member.*} events: a member was added, changed role or notifications, or removed.
 *
 * <pre>{@code
 * String who = event.user().map(User::publicName).orElse("a removed account");
 * log(who + " is now " + event.member().role().value() + " in " + event.workspace().label());
 * }</pre>
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param user        the member; empty when the account is gone
 * @param workspace   the space
 * @param member      the membership
 */
public record WorkspaceMemberEvent(
        Optional<User> author,
        Optional<String> clientToken,
        Optional<User> user,
        Workspace workspace,
        Member member) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author      from {@code author}; null becomes empty
     * @param clientToken from {@code client_token}; null becomes empty
     * @param user        from {@code user}; null becomes empty
     * @param workspace   from {@code workspace}; required
     * @param member      from {@code member}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public WorkspaceMemberEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        user = Keys.optional(user);
        workspace = Keys.required(workspace, "workspace");
        member = Keys.required(member, "member");
    }
}
