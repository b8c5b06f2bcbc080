package org.tracimdaemon.sdk.tracim;

import java.util.Objects;
import java.util.Optional;

/**
 * How the client proves who it is to Tracim: a password (what TracimDaemon does: {@code POST
 * /auth/login}, then the {@code session_key} cookie), or an API key (headers {@code Tracim-Api-Key}
 * and {@code Tracim-Api-Login} on every call; Tracim's {@code api.key} acts as any user, so keep it
 * for trusted daemons). {@code toString()} never shows the secret.
 *
 * <pre>{@code
 * TracimRestClient tracim = TracimRestClient.builder()
 *         .url(URI.create("https://tracim.example.com/api"))
 *         .login(TracimLogin.password("alice", System.getenv("TRACIM_PASSWORD")))
 *         .build();
 * }</pre>
 */
public sealed interface TracimLogin {

    /**
     * A username or an e-mail address (told apart by its {@code @}) and its password.
     *
     * @param login    the username, or the e-mail address if it holds an {@code @}
     * @param password the user's password
     * @return a {@link Password} login
     * @throws NullPointerException     if either is {@code null}
     * @throws IllegalArgumentException if either is empty
     */
    static TracimLogin password(String login, String password) {
        Objects.requireNonNull(login, "login");
        return login.contains("@")
                ? new Password(Optional.of(login), Optional.empty(), password)
                : new Password(Optional.empty(), Optional.of(login), password);
    }

    /**
     * Tracim's API key ({@code api.key} of its config), acting as the user {@code login} (username or e-mail).
     *
     * @param login the user to act as: username or e-mail
     * @param key   Tracim's API key
     * @return an {@link ApiKey} login
     * @throws NullPointerException     if either is {@code null}
     * @throws IllegalArgumentException if either is empty
     */
    static TracimLogin apiKey(String login, String key) {
        return new ApiKey(login, key);
    }

    /**
     * A password login, sent as TracimDaemon sends it: the e-mail and the username when known
     * (Tracim tries the e-mail first), and the password.
     *
     * @param email    the user's e-mail address, if logging in by it
     * @param username the user's username, if logging in by it
     * @param password the password; never shown by {@code toString()}
     */
    record Password(Optional<String> email, Optional<String> username, String password) implements TracimLogin {
        /**
         * Drops an empty e-mail or username and checks what is left can log in.
         *
         * @param email    the user's e-mail address, if logging in by it
         * @param username the user's username, if logging in by it
         * @param password the password
         * @throws NullPointerException     if {@code password} is {@code null}
         * @throws IllegalArgumentException if there is neither e-mail nor username, or the password is empty
         */
        public Password {
            email = email.filter(text -> !text.isEmpty());
            username = username.filter(text -> !text.isEmpty());
            Objects.requireNonNull(password, "password");
            if (email.isEmpty() && username.isEmpty()) {
                throw new IllegalArgumentException("a Tracim login needs a username or an e-mail address");
            }
            if (password.isEmpty()) {
                throw new IllegalArgumentException("a Tracim login needs a password");
            }
        }

        @Override
        public String toString() {
            return "Password[" + email.or(() -> username).orElseThrow() + ", password=***]";
        }
    }

    /**
     * An API key login.
     *
     * @param login the user to act as: username or e-mail
     * @param key   Tracim's API key; never shown by {@code toString()}
     */
    record ApiKey(String login, String key) implements TracimLogin {
        /**
         * Checks both parts are there.
         *
         * @param login the user to act as: username or e-mail
         * @param key   Tracim's API key
         * @throws NullPointerException     if either is {@code null}
         * @throws IllegalArgumentException if either is empty
         */
        public ApiKey {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(key, "key");
            if (login.isEmpty() || key.isEmpty()) {
                throw new IllegalArgumentException("an API key login needs a user login and a key");
            }
        }

        @Override
        public String toString() {
            return "ApiKey[" + login + ", key=***]";
        }
    }
}
