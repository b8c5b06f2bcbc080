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

    public UserCallEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        userCall = Keys.required(userCall, "user_call");
        user = Keys.required(user, "user");
    }
}
