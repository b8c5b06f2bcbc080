package org.tracimdaemon.sdk.processor.model;

import javax.lang.model.element.AnnotationValue;

/**
 * One string of an {@code @OnEvent} value, with the annotation value to put an error's caret on.
 * Internal to the SDK: not an API.
 *
 * @param pattern the value, parsed
 * @param source  the annotation value it was read from
 */
public record EventValue(EventPattern pattern, AnnotationValue source) {
    public String text() {
        return pattern.text();
    }
}
