package org.tracimdaemon.example.notifier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import org.tracimdaemon.sdk.runtime.tlm.CommentContent;
import org.tracimdaemon.sdk.runtime.tlm.Content;
import org.tracimdaemon.sdk.runtime.tlm.FileContent;
import org.tracimdaemon.sdk.runtime.tlm.Mention;
import org.tracimdaemon.sdk.runtime.tlm.MessageContent;
import org.tracimdaemon.sdk.runtime.tlm.RawContent;
import org.tracimdaemon.sdk.runtime.tlm.RevisionType;
import org.tracimdaemon.sdk.runtime.tlm.TodoContent;
import org.tracimdaemon.sdk.runtime.tlm.User;
import org.tracimdaemon.sdk.runtime.tlm.Workspace;

/** The words of a notification line: who, what, where and when, as a Tracim user says them. */
final class Describe {
    private final DateTimeFormatter time;
    private final ContentLabels labels;

    Describe(ZoneId zone, ContentLabels labels) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.labels = labels;
    }

    String when(Instant instant) {
        return "[" + time.format(instant) + "]";
    }

    /** Tracim sends no author for actions nobody was logged in for (CLI, sign-up). */
    static String who(Optional<User> author) {
        return author.map(User::publicName).orElse("Tracim");
    }

    /** {@code (Recipes › Desserts)}: the space, then the parent folder once its label is known. */
    String where(Workspace space, Content content) {
        OptionalLong parent = OptionalLong.empty();
        if (content instanceof MessageContent message) {
            parent = message.parentId();
        } else if (content instanceof FileContent file) {
            parent = file.parentId();
        } else if (content instanceof RawContent raw) {
            parent = raw.parentId();
        }
        Optional<String> parentLabel = parent.isPresent() ? labels.of(parent.getAsLong()) : Optional.empty();
        return "(" + space.label() + parentLabel.map(label -> " › " + label).orElse("") + ")";
    }

    /** {@code note "Tiramisu"}, {@code a comment on "Tiramisu"}. */
    static String what(Content content) {
        if (content instanceof CommentContent comment) {
            return "a comment on \"" + comment.parentLabel() + "\"";
        }
        if (content instanceof TodoContent todo) {
            return "a todo on \"" + todo.parent().label() + "\"";
        }
        return noun(content.contentType()) + " \"" + ContentLabels.label(content).orElse("#" + content.contentId()) + "\"";
    }

    /** What a new revision of a note did: {@code edited}, {@code moved}, {@code status set to closed-validated}. */
    static String change(MessageContent note) {
        RevisionType revision = note.currentRevisionType();
        return switch (revision) {
            case EDITION, REVISION -> "edited";
            case STATUS_UPDATE -> "status set to " + note.status().value();
            case MOVE -> "moved";
            case ARCHIVING -> "archived";
            case UNARCHIVING -> "unarchived";
            case MARK_AS_TEMPLATE -> "made a template";
            case UNMARK_AS_TEMPLATE -> "no longer a template";
            default -> "changed";
        };
    }

    /** Whom a mention names, as the sentence "X mentioned ..." goes on. */
    static String whom(Mention mention) {
        return switch (mention.type()) {
            case USER -> "you";
            case ROLE -> switch ((int) mention.recipient()) {
                case 0 -> "everyone (@all)";
                case 1 -> "every reader";
                case 2 -> "every contributor";
                case 4 -> "every content manager";
                case 8 -> "every space manager";
                default -> "role level " + mention.recipient();
            };
            default -> "someone";
        };
    }

    private static String noun(String contentType) {
        return switch (contentType) {
            case "html-document" -> "note";
            case "kanban" -> "board";
            default -> contentType;
        };
    }
}
