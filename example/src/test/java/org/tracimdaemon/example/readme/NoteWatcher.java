package org.tracimdaemon.example.readme;

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;

/** README's second plugin, compiled by the processor like any plugin. */
public interface NoteWatcher {
    @OnEvent("content.created.html-document")
    void noteCreated(MessageContent note);
}
