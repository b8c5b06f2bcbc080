package org.tracimdaemon.sdk.benchmarks;

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;

/** The handler interface measured: one typed handler for the sample note's event type. */
public interface NoteHandlers {
    @OnEvent("content.created.html-document")
    void noteCreated(ContentEvent note);
}
