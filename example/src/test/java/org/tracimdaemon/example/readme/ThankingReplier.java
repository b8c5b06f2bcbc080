package org.tracimdaemon.example.readme;

import org.tracimdaemon.sdk.runtime.tlm.MentionEvent;
import org.tracimdaemon.sdk.tracim.TracimRestClient;

/** README's reply-to-a-mention handler: it gets the REST client by its constructor. */
final class ThankingReplier implements MentionReplier {
    private final TracimRestClient tracim;

    ThankingReplier(TracimRestClient tracim) {
        this.tracim = tracim;
    }

    @Override
    public void mentioned(MentionEvent mention) {
        tracim.reply(mention, "<p>Thanks, I am on it.</p>")          // a comment beside the mention
                .exceptionally(failure -> {                            // names the call, Tracim's status and message
                    System.err.println("could not answer: " + failure.getCause().getMessage());
                    return null;
                });
    }
}
