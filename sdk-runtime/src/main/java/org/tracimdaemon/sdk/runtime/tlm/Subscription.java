package org.tracimdaemon.sdk.runtime.tlm;

import java.time.Instant;
import java.util.Optional;

/**
 * A request to join an {@code on_request} space.
 *
 * <pre>{@code
 * if (event.subscription().state() == SubscriptionState.PENDING) { notifyManagers(event); }
 * }</pre>
 *
 * @param state          where the request stands
 * @param createdDate    when it was made
 * @param workspace      the space asked for
 * @param author         who asks
 * @param evaluationDate when a manager accepted or rejected it
 * @param evaluator      the manager who did
 */
public record Subscription(
        SubscriptionState state,
        Instant createdDate,
        WorkspaceDigest workspace,
        User author,
        Optional<Instant> evaluationDate,
        Optional<User> evaluator) {

    /**
     * Takes the value of each Tracim key named below as the decoder reads it (null when the
     * key is absent) and gives absent values their defaults, so that no accessor returns null.
     *
     * @param state          from {@code state}; null becomes {@link SubscriptionState#UNKNOWN}
     * @param createdDate    from {@code created_date}; required
     * @param workspace      from {@code workspace}; required
     * @param author         from {@code author}; required
     * @param evaluationDate from {@code evaluation_date}; null becomes empty
     * @param evaluator      from {@code evaluator}; null becomes empty
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException if a required value is null
     */
    public Subscription {
        state = Keys.known(state, SubscriptionState.UNKNOWN);
        createdDate = Keys.required(createdDate, "created_date");
        workspace = Keys.required(workspace, "workspace");
        author = Keys.required(author, "author");
        evaluationDate = Keys.optional(evaluationDate);
        evaluator = Keys.optional(evaluator);
    }
}
