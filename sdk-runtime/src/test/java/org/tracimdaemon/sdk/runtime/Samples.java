package org.tracimdaemon.sdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample messages copied into the test resources: daemon bytes and Tracim TLM documents. */
public final class Samples {
    private Samples() {}

    /** Every TLM sample, by file name. */
    public static final List<String> TLM_FILES = List.of(
            "content.created.comment.json", "content.created.html-document.json", "content.created.thread.json",
            "content.created.todo.json", "content.deleted.file.json", "content.modified.file.json",
            "content.modified.folder.json", "content.modified.html-document.json", "content.modified.kanban.json",
            "content.undeleted.file.json", "content_tag.created.json", "mention.created.json",
            "reaction.created.json", "tag.created.json", "user.created.json", "user.modified.json",
            "user_call.created.json", "user_config.modified.json", "workspace.created.json",
            "workspace.deleted.json", "workspace.modified.json", "workspace_member.created.json",
            "workspace_member.deleted.json", "workspace_subscription.created.json",
            "workspace_subscription.modified.json");

    /** The exact bytes of a message the daemon sent, e.g. {@code daemon_ping.json}. */
    public static byte[] daemon(String file) {
        return bytes("samples/daemon/" + file);
    }

    /** The exact bytes of a message a plugin sends, e.g. {@code daemon_client_add.json}. */
    public static byte[] request(String file) {
        return bytes("samples/daemon/requests/" + file);
    }

    /** A TLM document as Tracim writes it, e.g. {@code user.created.json}. */
    public static String tlm(String file) {
        return new String(bytes("samples/tlm/" + file), StandardCharsets.UTF_8).strip();
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
