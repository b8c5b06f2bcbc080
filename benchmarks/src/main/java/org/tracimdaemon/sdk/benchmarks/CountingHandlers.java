package org.tracimdaemon.sdk.benchmarks;

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.tlm.UserEvent;

/** What the end-to-end measurements run: typed handlers for the two event types they send. */
public interface CountingHandlers {
    @OnEvent("content.created.html-document")
    void note(ContentEvent note);

    @OnEvent("user.modified")
    void user(UserEvent user);

    /**
     * Both handlers read one field of the event, as a real handler would (the note's label, the
     * user's public name), then record the arrival, through one callback.
     */
    static CountingHandlers calling(Runnable arrival) {
        return new CountingHandlers() {
            private long charsRead;

            @Override
            public void note(ContentEvent note) {
                if (note.content() instanceof MessageContent content) {
                    charsRead += content.label().length();
                }
                arrival.run();
            }

            @Override
            public void user(UserEvent user) {
                charsRead += user.user().publicName().length();
                arrival.run();
            }
        };
    }
}
