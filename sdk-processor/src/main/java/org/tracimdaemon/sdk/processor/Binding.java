package org.tracimdaemon.sdk.processor;

import java.util.List;
import java.util.Map;

/**
 * One valid {@code @OnEvent} value and what it stands for.
 *
 * @param pattern    the value
 * @param daemonType the daemon type it names, or empty when it names Tracim event types
 * @param tlmTypes   the Tracim event types it names (one, or those a pattern matches)
 * @param offer      the parameters its handlers may take, by class name
 * @param shapeKnown whether some named type is in the catalogue (else all are opted in)
 */
record Binding(
        EventPattern pattern, String daemonType, List<String> tlmTypes, Map<String, ParameterKind> offer,
        boolean shapeKnown) {

    Binding {
        tlmTypes = List.copyOf(tlmTypes);
        offer = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(offer)); // ordered: messages list it
    }

    boolean isDaemon() {
        return !daemonType.isEmpty();
    }
}
