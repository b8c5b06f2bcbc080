package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Map;

/** Which streaming reader decodes which payload record; a class without one goes through databind. */
final class FieldsReaders {
    private FieldsReaders() {}

    private static final Map<Class<?>, RecordReader<?>> READERS = Map.ofEntries(
            Map.entry(UserEvent.class, (RecordReader<?>) EventReaders::user),
            Map.entry(WorkspaceEvent.class, (RecordReader<?>) EventReaders::workspace),
            Map.entry(WorkspaceMemberEvent.class, (RecordReader<?>) EventReaders::workspaceMember),
            Map.entry(WorkspaceSubscriptionEvent.class, (RecordReader<?>) EventReaders::workspaceSubscription),
            Map.entry(ContentEvent.class, (RecordReader<?>) EventReaders::content),
            Map.entry(MentionEvent.class, (RecordReader<?>) EventReaders::mention),
            Map.entry(ReactionEvent.class, (RecordReader<?>) EventReaders::reaction),
            Map.entry(TagEvent.class, (RecordReader<?>) EventReaders::tag),
            Map.entry(ContentTagEvent.class, (RecordReader<?>) EventReaders::contentTag),
            Map.entry(UserCallEvent.class, (RecordReader<?>) EventReaders::userCall),
            Map.entry(UserConfigEvent.class, (RecordReader<?>) EventReaders::userConfig));

    /** The reader of {@code type}, or null when the SDK has none for it. */
    @SuppressWarnings("unchecked") // each entry's reader returns its key's class
    static <T> RecordReader<T> of(Class<T> type) {
        return (RecordReader<T>) READERS.get(type);
    }
}
