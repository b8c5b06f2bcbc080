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
     * The sample TLM of {@code eventType}: one JSON document, the text a {@code daemon_tracim_event}
     * carries.
     *
     * @throws IllegalArgumentException if there is no sample of that type (see {@link #TLM_EVENT_TYPES})
     */
    public static String tlm(String eventType) {
        if (!TLM_EVENT_TYPES.contains(eventType)) {
            throw new IllegalArgumentException("no sample TLM of type \"" + eventType + "\"; samples exist for "
                    + TLM_EVENT_TYPES + ", and Tlm builds the others");
        }
        return new String(read(ROOT + "tlm/" + eventType + ".json"), StandardCharsets.UTF_8);
    }

    /**
     * A message exactly as TracimDaemon sends it, named as in the samples' README:
     * {@code daemon_ping}, {@code daemon_account_info}, {@code daemon_tracim_event.mention.created}...
     */
    public static byte[] daemonMessage(String name) {
        return read(ROOT + "daemon/" + name + ".json");
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
