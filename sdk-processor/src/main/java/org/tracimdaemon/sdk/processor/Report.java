package org.tracimdaemon.sdk.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors found in one handler interface, each on the element (and annotation value) at
 * fault. Validators add to it and go on, so one compile shows every mistake.
 */
final class Report {
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(
            String message, Optional<Element> element, Optional<AnnotationMirror> mirror,
            Optional<AnnotationValue> value) {}

    void error(String message, Element element) {
        entries.add(new Entry(message, Optional.ofNullable(element), Optional.empty(), Optional.empty()));
    }

    void error(String message, Element element, AnnotationMirror mirror, AnnotationValue value) {
        entries.add(new Entry(message, Optional.of(element), Optional.of(mirror), Optional.of(value)));
    }

    void error(String message, Optional<Element> element, Optional<AnnotationMirror> mirror,
            Optional<AnnotationValue> value) {
        entries.add(new Entry(message, element, mirror, value));
    }

    /** The first error's message, to quote it in another. */
    String firstMessage() {
        return entries.get(0).message();
    }

    boolean hasErrors() {
        return !entries.isEmpty();
    }

    void printTo(Messager messager) {
        for (Entry entry : entries) {
            if (entry.element().isEmpty()) {
                messager.printMessage(Diagnostic.Kind.ERROR, entry.message());
            } else if (entry.mirror().isEmpty()) {
                messager.printMessage(Diagnostic.Kind.ERROR, entry.message(), entry.element().get());
            } else if (entry.value().isEmpty()) {
                messager.printMessage(Diagnostic.Kind.ERROR, entry.message(), entry.element().get(), entry.mirror().get());
            } else {
                messager.printMessage(Diagnostic.Kind.ERROR, entry.message(), entry.element().get(),
                        entry.mirror().get(), entry.value().get());
            }
        }
    }
}
