package org.tracimdaemon.sdk.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample messages bundled with the kit: every TLM of Tracim's catalogue that Tracim's own
 * tests show (one line each, as Tracim writes it) and the daemon's messages byte for byte.
 *
 * <pre>{@code
 * daemon.sendTlm(Samples.tlm("mention.created"));
 * byte[] ping = Samples.daemonMessage("daemon_ping");
 * byte[] add = Samples.pluginRequest("daemon_client_add");
 * }</pre>
 */
public final class Samples {
    private Samples() {}

    private static final String ROOT = "samples/";

    /** The event types with a sample TLM, in the order Tracim numbered the events. */
    public static final List<String> TLM_EVENT_TYPES = List.of(
            "content.created.thread", "user.modified", "content.created.comment", "user.created",
            "workspace.created", "workspace.modified", "workspace.deleted", "workspace_member.created",
            "workspace_member.deleted", "workspace_subscription.created", "workspace_subscription.modified",
            "content.created.html-document", "content.modified.folder", "content.modified.html-document",
            "content.deleted.file", "content.undeleted.file", "content.modified.file", "content.created.todo",
            "content.modified.kanban", "mention.created", "reaction.created", "tag.created", "content_tag.created",
            "user_call.created", "user_config.modified");

    /**
     * The names of the bundled daemon messages, for {@link #daemonMessage}: every message the daemon
     * was sampled sending, in the alphabetical order of the samples' README.
     */
    public static final List<String> DAEMON_MESSAGES = List.of(
            "daemon_account_info", "daemon_ack", "daemon_client_added", "daemon_client_added.numeric-pid-dropped",
            "daemon_client_added.second-plugin", "daemon_client_deleted.extra-keys-sorted", "daemon_client_deleted",
            "daemon_client_deleted.no-data", "daemon_clients.empty", "daemon_clients", "daemon_clients.one",
            "daemon_ping", "daemon_pong", "daemon_request_result.empty-body", "daemon_request_result.html-body",
            "daemon_request_result", "daemon_tracim_event.content.created.comment",
            "daemon_tracim_event.content.modified.folder", "daemon_tracim_event",
            "daemon_tracim_event.mention.created", "daemon_tracim_event.reaction.created",
            "daemon_tracim_event.user.modified");

    /**
     * The sample TLM of {@code eventType}: one JSON document, the text a {@code daemon_tracim_event}
     * carries (the file's line end left out, as the daemon leaves it out).
     *
     * @param eventType one of {@link #TLM_EVENT_TYPES}
     * @return the TLM as JSON text
     * @throws IllegalArgumentException if there is no sample of that type (see {@link #TLM_EVENT_TYPES})
     */
    public static String tlm(String eventType) {
        if (!TLM_EVENT_TYPES.contains(eventType)) {
            throw new IllegalArgumentException("no sample TLM of type \"" + eventType + "\"; samples exist for "
                    + TLM_EVENT_TYPES + ", and Tlm builds the others");
        }
        return new String(read(ROOT + "tlm/" + eventType + ".json"), StandardCharsets.UTF_8).strip();
    }

    /**
     * A message exactly as TracimDaemon sends it, named as in the samples' README:
     * {@code daemon_ping}, {@code daemon_account_info}, {@code daemon_tracim_event.mention.created}...
     * (all of them: {@link #DAEMON_MESSAGES}).
     *
     * @param name one of {@link #DAEMON_MESSAGES}
     * @return the message's bytes
     */
    public static byte[] daemonMessage(String name) {
        return read(ROOT + "daemon/" + name + ".json");
    }

    /**
     * A message exactly as a plugin sends it with the Go SDK, named by its type:
     * {@code daemon_client_add}, {@code daemon_client_delete}, {@code daemon_do_request},
     * {@code daemon_get_account_info}, {@code daemon_get_clients}, {@code daemon_ping}, {@code daemon_pong}.
     *
     * @param type the message type a plugin sends
     * @return the message's bytes
     */
    public static byte[] pluginRequest(String type) {
        return read(ROOT + "daemon/requests/" + type + ".json");
    }

    private static byte[] read(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled sample " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
