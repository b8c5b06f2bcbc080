package org.tracimdaemon.sdk.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Event types newer than the catalogue that a plugin opted in to, with where each came from.
 *
 * @param contentTypes content types, e.g. {@code calendar}
 * @param eventTypes   whole event types, e.g. {@code workspace_report.created}
 */
record ExtraTypes(List<Extra> contentTypes, List<Extra> eventTypes) {
    static final ExtraTypes NONE = new ExtraTypes(List.of(), List.of());

    ExtraTypes {
        contentTypes = List.copyOf(contentTypes);
        eventTypes = List.copyOf(eventTypes);
    }

    /**
     * One opted-in name.
     *
     * @param name   the name
     * @param origin {@code @TracimPlugin(extraContentTypes)}, {@code -Atracim.extraEventTypes}, ...
     * @param mirror the {@code @TracimPlugin} it was read from, if not an option
     * @param value  the annotation value, if not an option
     */
    record Extra(String name, String origin, Optional<AnnotationMirror> mirror, Optional<AnnotationValue> value) {}

    ExtraTypes plus(ExtraTypes other) {
        return new ExtraTypes(
                concat(contentTypes, other.contentTypes), concat(eventTypes, other.eventTypes));
    }

    private static List<Extra> concat(List<Extra> a, List<Extra> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
