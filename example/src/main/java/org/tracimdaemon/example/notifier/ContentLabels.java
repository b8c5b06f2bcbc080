package org.tracimdaemon.example.notifier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tracimdaemon.sdk.runtime.tlm.CommentContent;
import org.tracimdaemon.sdk.runtime.tlm.Content;
import org.tracimdaemon.sdk.runtime.tlm.FileContent;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.tlm.RawContent;
import org.tracimdaemon.sdk.runtime.tlm.TodoContent;

/**
 * The titles of the contents seen so far. A TLM names a content's parent folder by id only, so the
 * notifier learns labels from the events that pass by and says "Recipes › Desserts" once it has
 * seen Desserts. Bounded: a long-running plugin must not grow without end.
 */
final class ContentLabels {
    private static final int MAX = 10_000;

    private final Map<Long, String> labels = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > MAX;
        }
    };

    synchronized void remember(Content content) {
        label(content).ifPresent(label -> labels.put(content.contentId(), label));
        if (content instanceof CommentContent comment && !comment.parentLabel().isEmpty()) {
            labels.put(comment.parentId(), comment.parentLabel());
        }
        if (content instanceof TodoContent todo) {
            labels.put(todo.parent().contentId(), todo.parent().label());
        }
    }

    synchronized Optional<String> of(long contentId) {
        return Optional.ofNullable(labels.get(contentId));
    }

    /** The title a content shows in Tracim; comments and todos have none of their own. */
    static Optional<String> label(Content content) {
        String label = "";
        if (content instanceof MessageContent message) {
            label = message.label();
        } else if (content instanceof FileContent file) {
            label = file.label();
        } else if (content instanceof RawContent raw) {
            label = raw.label();
        }
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }
}
