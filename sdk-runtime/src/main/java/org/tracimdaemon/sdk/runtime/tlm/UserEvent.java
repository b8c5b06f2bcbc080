package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code user.*} events: a user was created, changed (name, avatar, profile, activation, online status), deleted or restored.
 *
 * <pre>{@code
 * if (event.user().userId() == myUserId) { refreshProfile(); }
 * }</pre>
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param user        the user concerned
 */
public record UserEvent(
        Optional<User> author,
        Optional<String> clientToken,
        User user) {

    public UserEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        user = Keys.required(user, "user");
    }
}
