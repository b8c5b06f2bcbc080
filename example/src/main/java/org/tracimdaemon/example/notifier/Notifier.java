package org.tracimdaemon.example.notifier;

import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.tracimdaemon.sdk.runtime.DaemonClient;
import org.tracimdaemon.sdk.runtime.DispatchError;
import org.tracimdaemon.sdk.runtime.tlm.CommentContent;
import org.tracimdaemon.sdk.runtime.tlm.Content;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.Mention;
import org.tracimdaemon.sdk.runtime.tlm.MentionEvent;
import org.tracimdaemon.sdk.runtime.tlm.MentionType;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.tlm.ReactionEvent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.ClientList;

/**
 * The Tracim notifier: one {@link Notification} for every mention of the user (or of a role),
 * every new comment, every new or changed note and every reaction on the user's content.
 *
 * <pre>{@code
 * Notifier notifier = new Notifier(notification -> System.out.println(notification.line()),
 *         System.out::println, ZoneId.systemDefault(), BodyFetcher.disabled());
 * builder.dispatcher(TracimNotifierDispatcher.of(notifier));
 * }</pre>
 */
public final class Notifier implements TracimNotifier {
    private static final long UNKNOWN = -1;
    private static final Duration CALL_WAIT = Duration.ofSeconds(5);

    private final Consumer<Notification> notifications;
    private final Consumer<String> messages;
    private final BodyFetcher bodies;
    private final ContentLabels labels = new ContentLabels();
    private final Describe describe;
    private volatile long me = UNKNOWN;

    /**
     * @param notifications where each notification goes (printed, shown on the desktop...)
     * @param messages      where the notifier's own one-line messages go: connected, problems
     * @param zone          the time zone of the times shown
     * @param bodies        fetches note and comment texts, or not
     */
    public Notifier(Consumer<Notification> notifications, Consumer<String> messages, ZoneId zone, BodyFetcher bodies) {
        this.notifications = notifications;
        this.messages = messages;
        this.bodies = bodies;
        this.describe = new Describe(zone, labels);
    }

    @Override
    public void loggedInAs(AccountInfoData account, DaemonClient daemon) {
        boolean first = me == UNKNOWN;
        me = account.userId();
        if (!first) {
            return; // registered again after a daemon restart, or an answer to accountInfo()
        }
        // Said on the account info, not on daemon_client_added: a daemon that still knows the
        // plugin's socket (plugin restarted quickly after a crash) answers with account info only.
        try {
            ClientList plugins = daemon.clients().get(CALL_WAIT.toSeconds(), TimeUnit.SECONDS);
            int count = plugins.clients().size();
            messages.accept("Tracim notifier: connected to TracimDaemon as user " + me + " (" + count
                    + (count == 1 ? " plugin" : " plugins") + " registered).");
        } catch (ExecutionException | TimeoutException e) {
            messages.accept("Tracim notifier: connected to TracimDaemon as user " + me + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void contentSeen(Content content) {
        labels.remember(content);
    }

    @Override
    public void commented(CommentContent comment, ContentEvent event, TLMEvent tlm, DaemonClient daemon) {
        String text = bodies.comment(event.workspace().workspaceId(), comment.parentId(), comment.contentId())
                .map(body -> ": \"" + body + "\"").orElse("");
        notify("new comment", tlm, Describe.who(event.author()) + " commented on \"" + comment.parentLabel() + "\" "
                + describe.where(event.workspace(), comment) + text);
    }

    @Override
    public void noteChanged(MessageContent note, ContentEvent event, TLMEvent tlm, DaemonClient daemon) {
        String what = tlm.operation().equals("created")
                ? "new note \"" + note.label() + "\" by " + Describe.who(event.author())
                : "note \"" + note.label() + "\" " + Describe.change(note) + " by " + Describe.who(event.author());
        String text = bodies.note(event.workspace().workspaceId(), note.contentId())
                .map(body -> ": \"" + body + "\"").orElse("");
        notify(tlm.operation().equals("created") ? "new note" : "note changed", tlm,
                capitalized(what) + " " + describe.where(event.workspace(), note) + text);
    }

    @Override
    public void mentioned(MentionEvent event, TLMEvent tlm, DaemonClient daemon) {
        Mention mention = event.mention();
        boolean forMe = mention.type() == MentionType.USER && mention.recipient() == me(daemon);
        if (!forMe && mention.type() != MentionType.ROLE) {
            return; // someone else was named
        }
        String text = event.content() instanceof CommentContent comment
                ? bodies.comment(event.workspace().workspaceId(), comment.parentId(), comment.contentId())
                        .map(body -> ": \"" + body + "\"").orElse("")
                : "";
        notify("you were mentioned", tlm, Describe.who(event.author()) + " mentioned " + Describe.whom(mention)
                + " in " + Describe.what(event.content()) + " " + describe.where(event.workspace(), event.content())
                + text);
    }

    @Override
    public void reacted(ReactionEvent event, TLMEvent tlm, DaemonClient daemon) {
        if (event.content().author().userId() != me(daemon)) {
            return; // a reaction on someone else's content
        }
        notify("reaction", tlm, event.user().publicName() + " reacted " + event.reaction().value() + " to your "
                + Describe.what(event.content()) + " " + describe.where(event.workspace(), event.content()));
    }

    @Override
    public void failed(DispatchError error) {
        messages.accept("Tracim notifier: skipped a message (" + error + ")");
    }

    private void notify(String title, TLMEvent tlm, String text) {
        notifications.accept(new Notification("Tracim: " + title, describe.when(tlm.created()) + " " + text));
    }

    /** The user id from daemon_account_info; asked again if it has not come (it comes on registration). */
    private long me(DaemonClient daemon) {
        if (me == UNKNOWN) {
            try {
                me = daemon.accountInfo().get(CALL_WAIT.toSeconds(), TimeUnit.SECONDS).userId();
            } catch (ExecutionException | TimeoutException e) {
                return UNKNOWN;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return UNKNOWN;
            }
        }
        return me;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
