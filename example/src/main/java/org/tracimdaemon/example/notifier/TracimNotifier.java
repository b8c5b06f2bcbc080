package org.tracimdaemon.example.notifier;

import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.TracimPlugin;
import org.tracimdaemon.sdk.runtime.DaemonClient;
import org.tracimdaemon.sdk.runtime.DispatchError;
import org.tracimdaemon.sdk.runtime.tlm.CommentContent;
import org.tracimdaemon.sdk.runtime.tlm.Content;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.MentionEvent;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.tlm.ReactionEvent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;

/**
 * What the Tracim notifier reacts to. The processor checks every event type and parameter here
 * while compiling and generates {@code TracimNotifierDispatcher}, which decodes each message and
 * calls these methods.
 */
@TracimPlugin
public interface TracimNotifier {

    /**
     * The daemon says whom it is logged in as: the "you" of mentions and reactions. The first one
     * answers the registration: say we are connected and how many plugins listen.
     */
    @OnEvent("daemon_account_info")
    void loggedInAs(AccountInfoData account, DaemonClient daemon);

    /** Every content event, whatever its type (a pattern): remembers labels, since TLMs give parents by id only. */
    @OnEvent("content.*")
    void contentSeen(Content content);

    /** A new comment; the comment's own record (exact type) and the event for its space. */
    @OnEvent("content.created.comment")
    void commented(CommentContent comment, ContentEvent event, TLMEvent tlm, DaemonClient daemon);

    /** A new note, or a new revision of one. */
    @OnEvent({"content.created.html-document", "content.modified.html-document"})
    void noteChanged(MessageContent note, ContentEvent event, TLMEvent tlm, DaemonClient daemon);

    /** Someone was mentioned: shown when it is the user, or a role (such as {@code @all}). */
    @OnEvent("mention.created")
    void mentioned(MentionEvent event, TLMEvent tlm, DaemonClient daemon);

    /** A reaction: shown when it is on the user's content. */
    @OnEvent("reaction.created")
    void reacted(ReactionEvent event, TLMEvent tlm, DaemonClient daemon);

    /** A message the SDK could not handle: said in one line, and the notifier goes on. */
    @OnEvent("custom_error")
    void failed(DispatchError error);
}
