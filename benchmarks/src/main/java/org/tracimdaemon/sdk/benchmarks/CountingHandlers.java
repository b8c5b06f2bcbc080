package org.tracimdaemon.sdk.benchmarks;

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.UserEvent;

/** What the end-to-end measurements run: typed handlers for the two event types they send. */
public interface CountingHandlers {
    @OnEvent("content.created.html-document")
    void note(ContentEvent note);

    @OnEvent("user.modified")
    void user(UserEvent user);

    /** Both handlers just record the arrival, through one callback. */
    static CountingHandlers calling(Runnable arrival) {
        return new CountingHandlers() {
            @Override
            public void note(ContentEvent note) {
                arrival.run();
            }

            @Override
            public void user(UserEvent user) {
                arrival.run();
            }
        };
    }
}
