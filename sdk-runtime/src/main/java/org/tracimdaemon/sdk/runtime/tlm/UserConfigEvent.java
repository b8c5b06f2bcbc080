package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code user_config.modified}: a user's client configuration changed.
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param userConfig  the whole configuration after the change
 * @param user        its owner
 */
public record UserConfigEvent(
        Optional<User> author,
        Optional<String> clientToken,
        UserConfig userConfig,
        User user) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author      from {@code author}; null becomes empty
     * @param clientToken from {@code client_token}; null becomes empty
     * @param userConfig  from {@code user_config}; required
     * @param user        from {@code user}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public UserConfigEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        userConfig = Keys.required(userConfig, "user_config");
        user = Keys.required(user, "user");
    }
}
