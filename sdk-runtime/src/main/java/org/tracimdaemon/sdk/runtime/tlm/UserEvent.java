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

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author      from {@code author}; null becomes empty
     * @param clientToken from {@code client_token}; null becomes empty
     * @param user        from {@code user}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public UserEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        user = Keys.required(user, "user");
    }
}
