package org.tracimdaemon.sdk.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A type holding {@code @OnEvent} methods or marked {@code @TracimPlugin}, as declared.
 *
 * @param packageName    its package
 * @param simpleNames    its name and those of the types around it, outermost first
 * @param placementProblems why it cannot have a dispatcher (not an interface, private, ...), if so
 * @param methods        its methods and those it inherits, inherited first (in the order its extends
 *                       clause names them), each in declaration order; an override where it is declared
 * @param ambiguous      methods inherited along unrelated paths with the same signature, as
 *                       {@code m(...) from A and B}: the dispatcher could not tell which @OnEvent applies
 * @param extras         the newer event types it opted in to, options included
 * @param element        where to report an error, and the generated file's origin
 */
record HandlerInterface(
        String packageName,
        List<String> simpleNames,
        List<Placement> placementProblems,
        List<HandlerMethod> methods,
        List<String> ambiguous,
        ExtraTypes extras,
        TypeElement element) {

    HandlerInterface {
        simpleNames = List.copyOf(simpleNames);
        placementProblems = List.copyOf(placementProblems);
        methods = List.copyOf(methods);
        ambiguous = List.copyOf(ambiguous);
    }

    /** A reason the type cannot get a dispatcher. */
    enum Placement {
        NOT_AN_INTERFACE,
        PRIVATE,
        GENERIC
    }

    /** Its name as code in the same package writes it, e.g. {@code Outer.Watcher}; also its name in messages. */
    String referenceName() {
        return String.join(".", simpleNames);
    }

    /** The generated class's name, e.g. {@code NoteWatcherDispatcher}, {@code Outer_WatcherDispatcher}. */
    String dispatcherName() {
        return String.join("_", simpleNames) + "Dispatcher";
    }
}
