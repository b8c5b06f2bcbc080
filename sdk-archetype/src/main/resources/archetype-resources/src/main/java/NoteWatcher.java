package ${package};

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.TracimPlugin;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;

/**
 * What this plugin reacts to. While compiling, the SDK's processor checks every event type and
 * parameter here (a typo is an error with "did you mean") and writes {@code NoteWatcherDispatcher}
 * beside it, which decodes each message and calls these methods.
 */
@TracimPlugin
public interface NoteWatcher {

    /** The daemon says whom it is logged in as: on registration, and again after a daemon restart. */
    @OnEvent("daemon_account_info")
    void connected(AccountInfoData account);

    /** Someone wrote a new note. */
    @OnEvent("content.created.html-document")
    void noteCreated(MessageContent note, ContentEvent event);
}
