package org.tracimdaemon.sdk.tracim;

import java.util.Objects;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;

/**
 * A note ({@code html-document}) or a thread as Tracim's REST API gives it: the same keys as in a
 * TLM, which {@link MessageContent} holds, plus its text, which TLMs never carry.
 *
 * <pre>{@code
 * TextContent note = tracim.note(event.workspace().workspaceId(), content.contentId()).get();
 * System.out.println(note.content().label() + ": " + note.rawContent());
 * }</pre>
 *
 * @param content    the content's metadata, as in TLMs
 * @param rawContent its text: HTML as Tracim stores it
 */
public record TextContent(MessageContent content, String rawContent) {
    /**
     * Checks the metadata is there; a missing text is the empty text.
     *
     * @param content    the content's metadata, as in TLMs
     * @param rawContent its text: HTML as Tracim stores it; {@code null} becomes empty
     * @throws NullPointerException if {@code content} is {@code null}
     */
    public TextContent {
        Objects.requireNonNull(content, "content");
        rawContent = Objects.requireNonNullElse(rawContent, "");
    }
}
