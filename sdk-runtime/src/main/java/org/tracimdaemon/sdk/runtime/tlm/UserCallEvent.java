package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code user_call.*} events: a call started or changed state.
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param userCall    the call
 * @param user        the callee
 */
public record UserCallEvent(
        Optional<User> author,
        Optional<String> clientToken,
        UserCall userCall,
        User user) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author      from {@code author}; null becomes empty
     * @param clientToken from {@code client_token}; null becomes empty
     * @param userCall    from {@code user_call}; required
     * @param user        from {@code user}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public UserCallEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        userCall = Keys.required(userCall, "user_call");
        user = Keys.required(user, "user");
    }
}
