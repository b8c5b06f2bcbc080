package org.tracimdaemon.sdk.processor;

import javax.lang.model.element.AnnotationValue;

/**
 * One string of an {@code @OnEvent} value, with the annotation value to put an error's caret on.
 *
 * @param pattern the value, parsed
 * @param source  the annotation value it was read from
 */
record EventValue(EventPattern pattern, AnnotationValue source) {
    String text() {
        return pattern.text();
    }
}
