package org.tracimdaemon.sdk.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fuzzers' seeds: every sample the daemon and Tracim produced, as bytes. */
final class Seeds {
    private Seeds() {}

    static final ObjectMapper JSON = new ObjectMapper();

    static final String MASTER = "/home/alice/.config/TracimDaemon/master.sock";

    static final List<String> DAEMON_FILES = List.of(
            "daemon_account_info.json", "daemon_ack.json", "daemon_client_added.json",
            "daemon_client_added.numeric-pid-dropped.json", "daemon_client_added.second-plugin.json",
            "daemon_client_deleted.extra-keys-sorted.json", "daemon_client_deleted.json",
            "daemon_client_deleted.no-data.json", "daemon_clients.empty.json", "daemon_clients.json",
            "daemon_clients.one.json", "daemon_ping.json", "daemon_pong.json",
            "daemon_request_result.empty-body.json", "daemon_request_result.html-body.json",
            "daemon_request_result.json", "daemon_tracim_event.content.created.comment.json",
            "daemon_tracim_event.content.modified.folder.json", "daemon_tracim_event.json",
            "daemon_tracim_event.mention.created.json", "daemon_tracim_event.reaction.created.json",
            "daemon_tracim_event.user.modified.json");

    static final List<String> TLM_FILES = List.of(
            "content.created.comment.json", "content.created.html-document.json", "content.created.thread.json",
            "content.created.todo.json", "content.deleted.file.json", "content.modified.file.json",
            "content.modified.folder.json", "content.modified.html-document.json", "content.modified.kanban.json",
            "content.undeleted.file.json", "content_tag.created.json", "mention.created.json",
            "reaction.created.json", "tag.created.json", "user.created.json", "user.modified.json",
            "user_call.created.json", "user_config.modified.json", "workspace.created.json",
            "workspace.deleted.json", "workspace.modified.json", "workspace_member.created.json",
            "workspace_member.deleted.json", "workspace_subscription.created.json",
            "workspace_subscription.modified.json");

    /** The daemon's messages, byte for byte. */
    static List<byte[]> daemonMessages() {
        List<byte[]> messages = new ArrayList<>();
        DAEMON_FILES.forEach(file -> messages.add(bytes("samples/daemon/" + file)));
        return messages;
    }

    /** Tracim's TLM documents. */
    static List<String> tlms() {
        List<String> tlms = new ArrayList<>();
        TLM_FILES.forEach(file -> tlms.add(new String(bytes("samples/tlm/" + file), StandardCharsets.UTF_8).strip()));
        return tlms;
    }

    /** A {@code daemon_tracim_event} carrying {@code tlm} as the daemon does: a JSON string. */
    static byte[] tracimEventAsString(String tlm) {
        ObjectNode envelope = JSON.createObjectNode().put("path", MASTER).put("type", "daemon_tracim_event");
        envelope.set("data", new TextNode(tlm));
        return write(envelope);
    }

    /**
     * A {@code daemon_tracim_event} carrying {@code tlm} as an embedded object, its text verbatim
     * (huge numbers and deep nesting included), when it is JSON; as a string otherwise.
     */
    static byte[] tracimEventAsObject(String tlm) {
        try {
            JSON.readTree(tlm);
        } catch (IOException | RuntimeException e) {
            return tracimEventAsString(tlm);
        }
        return ("{\"path\":\"" + MASTER + "\",\"type\":\"daemon_tracim_event\",\"data\":" + tlm + "}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] write(Object tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
