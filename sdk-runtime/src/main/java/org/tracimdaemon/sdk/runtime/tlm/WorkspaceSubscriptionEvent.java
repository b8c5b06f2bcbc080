package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Optional;

/**
 * Fields of {@code workspace_subscription.*} events: a user asked to join an {@code on_request} space, or the request was answered.
 *
 * @param author      who did it; empty when no user was logged in for the action
 * @param clientToken the {@code X-Tracim-ClientToken} of the request, if it had one: lets a client
 *                    recognise its own actions
 * @param workspace   the space asked for
 * @param subscription the request
 * @param user        who asks
 */
public record WorkspaceSubscriptionEvent(
        Optional<User> author,
        Optional<String> clientToken,
        Workspace workspace,
        Subscription subscription,
        User user) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param author       from {@code author}; null becomes empty
     * @param clientToken  from {@code client_token}; null becomes empty
     * @param workspace    from {@code workspace}; required
     * @param subscription from {@code subscription}; required
     * @param user         from {@code user}; required
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public WorkspaceSubscriptionEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        workspace = Keys.required(workspace, "workspace");
        subscription = Keys.required(subscription, "subscription");
        user = Keys.required(user, "user");
    }
}
