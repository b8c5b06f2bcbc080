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

    public WorkspaceSubscriptionEvent {
        author = Keys.optional(author);
        clientToken = Keys.optional(clientToken);
        workspace = Keys.required(workspace, "workspace");
        subscription = Keys.required(subscription, "subscription");
        user = Keys.required(user, "user");
    }
}
