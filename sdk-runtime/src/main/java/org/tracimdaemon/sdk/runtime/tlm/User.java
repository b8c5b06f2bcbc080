package org.tracimdaemon.sdk.runtime.tlm;

import java.util.List;
import java.util.Optional;

/**
 * A Tracim user as TLMs show one: authors, members, callers... No e-mail is ever sent.
 *
 * <pre>{@code
 * String who = event.author().map(User::publicName).orElse("Tracim");
 * }</pre>
 *
 * @param userId       the user's id
 * @param publicName   display name
 * @param username     the login name, when the user has one
 * @param hasAvatar    always true in practice
 * @param hasCover     whether the user set a cover picture
 * @param isActive     false for a disabled account
 * @param workspaceIds declared by Tracim's schema, empty in practice
 */
public record User(
        long userId,
        String publicName,
        Optional<String> username,
        boolean hasAvatar,
        boolean hasCover,
        boolean isActive,
        List<Long> workspaceIds) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null, 0 or false when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param userId       from {@code user_id}
     * @param publicName   from {@code public_name}; null becomes {@code ""}
     * @param username     from {@code username}; null becomes empty
     * @param hasAvatar    from {@code has_avatar}
     * @param hasCover     from {@code has_cover}
     * @param isActive     from {@code is_active}
     * @param workspaceIds from {@code workspace_ids}; null becomes an empty list; copied, unmodifiable
     */
    public User {
        publicName = Keys.text(publicName);
        username = Keys.optional(username);
        workspaceIds = Keys.list(workspaceIds);
    }
}
