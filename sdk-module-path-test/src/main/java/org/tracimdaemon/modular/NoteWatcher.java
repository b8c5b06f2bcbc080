package org.tracimdaemon.modular;

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;

/** What the module-path plugin listens to: one typed handler, so that a payload record is decoded. */
public interface NoteWatcher {
    /**
     * A note was created.
     *
     * @param note  the note
     * @param event the note's event, with its space and author
     */
    @OnEvent("content.created.html-document")
    void noteCreated(MessageContent note, ContentEvent event);
}
