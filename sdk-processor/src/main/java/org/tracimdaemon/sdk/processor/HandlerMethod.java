package org.tracimdaemon.sdk.processor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * A method of a handler interface, as declared.
 *
 * @param name        its name
 * @param modifiers   its modifiers ({@code abstract}, {@code default}, {@code static}, ...)
 * @param returnsVoid whether it returns {@code void}
 * @param returnType  its return type as written, for messages
 * @param generic     whether it declares type parameters
 * @param parameters  its parameters, in order
 * @param onEvent     its {@code @OnEvent}, if it has one
 * @param values      the {@code @OnEvent} values, in order
 * @param element     where to report an error
 * @param declaringType the interface that declares it, as messages name it
 * @param inherited   whether it is inherited from a superinterface rather than declared here
 * @param overriddenHandler the {@code Type.method} of an {@code @OnEvent} method it overrides, if any
 */
record HandlerMethod(
        String name,
        Set<Modifier> modifiers,
        boolean returnsVoid,
        String returnType,
        boolean generic,
        List<HandlerParameter> parameters,
        Optional<AnnotationMirror> onEvent,
        List<EventValue> values,
        ExecutableElement element,
        String declaringType,
        boolean inherited,
        Optional<String> overriddenHandler) {

    HandlerMethod {
        modifiers = Set.copyOf(modifiers);
        parameters = List.copyOf(parameters);
        values = List.copyOf(values);
    }

    boolean isHandler() {
        return onEvent.isPresent();
    }

    boolean isAbstract() {
        return modifiers.contains(Modifier.ABSTRACT);
    }
}
