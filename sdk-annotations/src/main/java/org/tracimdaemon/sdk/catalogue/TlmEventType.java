package org.tracimdaemon.sdk.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Tracim event type and the payload it carries.
 *
 * @param name          the {@code event_type} string, e.g. {@code content.created.file}
 * @param entity        its first part, e.g. {@code content}
 * @param operation     its second part, e.g. {@code created}
 * @param contentType   its third part, for content events only, e.g. {@code file}
 * @param reach         how Tracim triggers it
 * @param fields        the keys of the TLM's {@code fields}, in Tracim's catalogue order
 * @param nullableFields the keys whose value may be {@code null}
 * @param shapes        the object each object-valued key holds ({@code client_token} is a string)
 * @param payloadClass  the runtime record {@code fields} decodes into, e.g. {@code ContentEvent}
 * @param mainField     the key holding the event's main object, e.g. {@code content}
 */
public record TlmEventType(
        String name,
        String entity,
        String operation,
        Optional<String> contentType,
        Reach reach,
        List<String> fields,
        Set<String> nullableFields,
        Map<String, ObjectShape> shapes,
        String payloadClass,
        String mainField) {

    /**
     * Keeps unmodifiable copies of the collections: a catalogue entry never changes.
     *
     * @param name          the {@code event_type} string
     * @param entity        its first part
     * @param operation     its second part
     * @param contentType   its third part, for content events only
     * @param reach         how Tracim triggers it
     * @param fields        the keys of the TLM's {@code fields}
     * @param nullableFields the keys whose value may be {@code null}
     * @param shapes        the object each object-valued key holds
     * @param payloadClass  the runtime record {@code fields} decodes into
     * @param mainField     the key holding the event's main object
     */
    public TlmEventType {
        fields = List.copyOf(fields);
        nullableFields = Set.copyOf(nullableFields);
        shapes = Map.copyOf(shapes);
    }

    /**
     * The shape of the main object, e.g. {@link ObjectShape#FILE_CONTENT} for {@code content.created.file}.
     *
     * @return the shape of {@code fields.<mainField>}
     */
    public ObjectShape mainObject() {
        return shapes.get(mainField);
    }
}
