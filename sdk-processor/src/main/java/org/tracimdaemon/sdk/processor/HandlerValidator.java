package org.tracimdaemon.sdk.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Checks one handler interface: where it is declared, its opt-ins, every method, every
 * {@code @OnEvent} value and every parameter. It reports every mistake, and plans the dispatcher
 * only when there is none.
 *
 * <pre>{@code
 * HandlerValidator.Result result = new HandlerValidator().validate(handlerInterface);
 * result.report().printTo(messager);
 * result.plan().ifPresent(writer::write);
 * }</pre>
 */
final class HandlerValidator {
    /** The outcome: the errors, and the plan when there are none. */
    record Result(Report report, Optional<DispatchPlan> plan) {}

    /** A method that passed every check, with what it handles and what it takes. */
    record ValidHandler(int index, HandlerMethod method, List<Binding> bindings, List<DispatchPlan.Argument> arguments) {}

    Result validate(HandlerInterface handlerInterface) {
        Report report = new Report();
        checkPlacement(handlerInterface, report);
        List<String> contentTypes = ExtraTypesValidator.validContentTypes(handlerInterface.extras(), handlerInterface.element(), report);
        List<String> eventTypes = ExtraTypesValidator.validEventTypes(handlerInterface.extras(), handlerInterface.element(), report);
        KnownTypes known = new KnownTypes(contentTypes, eventTypes);
        List<ValidHandler> handlers = new ArrayList<>();
        List<HandlerMethod> methods = handlerInterface.methods();
        String name = handlerInterface.referenceName();
        for (String ambiguous : handlerInterface.ambiguous()) {
            report.error(Messages.AMBIGUOUS_INHERITANCE.format(name, ambiguous, name), handlerInterface.element());
        }
        for (int i = 0; i < methods.size(); i++) {
            HandlerMethod method = methods.get(i);
            if (!method.inherited()) {
                if (!method.isHandler() && method.overriddenHandler().isPresent()) {
                    report.error(Messages.OVERRIDE_WITHOUT_ON_EVENT.format(method.name(), method.overriddenHandler().get()),
                            method.element());
                } else {
                    checkMethod(i, method, known, report).ifPresent(handlers::add);
                }
            } else if (!method.isHandler()) {
                if (method.isAbstract()) {
                    report.error(Messages.INHERITED_WITHOUT_ON_EVENT.format(name, method.name() + "()",
                            method.declaringType(), name, method.declaringType()), handlerInterface.element());
                }
            } else {
                // Its own errors sit on it, reported when its interface is compiled; here one line says
                // why this interface gets no dispatcher.
                Report inherited = new Report();
                Optional<ValidHandler> handler = checkMethod(i, method, known, inherited);
                if (inherited.hasErrors()) {
                    report.error(Messages.INHERITED_HANDLER_INVALID.format(name, method.declaringType(), method.name(),
                            inherited.firstMessage(), method.declaringType(), name), handlerInterface.element());
                } else {
                    handler.ifPresent(handlers::add);
                }
            }
        }
        if (report.hasErrors()) {
            return new Result(report, Optional.empty());
        }
        return new Result(report, Optional.of(new PlanBuilder(known).plan(handlerInterface, handlers)));
    }

    /** Reports unknown {@code -Atracim.*} options, and opt-ins in options that are no new types. */
    static Report checkOptions(Set<String> options, Set<String> supported, ExtraTypes optionExtras) {
        Report report = new Report();
        ExtraTypesValidator.validContentTypes(optionExtras, null, report);
        ExtraTypesValidator.validEventTypes(optionExtras, null, report);
        options.stream()
                .filter(option -> option.startsWith("tracim.") && !supported.contains(option))
                .sorted()
                .forEach(option -> report.error(Messages.UNKNOWN_OPTION.format(option), Optional.empty(),
                        Optional.empty(), Optional.empty()));
        return report;
    }

    private static void checkPlacement(HandlerInterface handlerInterface, Report report) {
        var type = handlerInterface.element();
        String name = handlerInterface.referenceName();
        for (HandlerInterface.Placement problem : handlerInterface.placementProblems()) {
            switch (problem) {
                case NOT_AN_INTERFACE -> {
                    report.error(Messages.NOT_AN_INTERFACE.format(name, article(type.getKind())), type);
                    handlerInterface.methods().stream()
                            .filter(method -> method.isHandler() && !method.inherited())
                            .forEach(method -> report.error(Messages.ON_EVENT_OUTSIDE_INTERFACE.format(method.name(),
                                    article(type.getKind()), name, name), method.element()));
                }
                case PRIVATE -> report.error(Messages.PRIVATE_INTERFACE.format(name,
                        type.getModifiers().contains(Modifier.PRIVATE) ? "" : " (inside a private type)",
                        handlerInterface.dispatcherName()), type);
                case GENERIC -> report.error(Messages.GENERIC_INTERFACE.format(name), type);
            }
        }
    }

    private static String article(ElementKind kind) {
        return switch (kind) {
            case ENUM -> "an enum";
            case RECORD -> "a record";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> "a class";
        };
    }

    private static Optional<ValidHandler> checkMethod(int index, HandlerMethod method, KnownTypes known, Report report) {
        if (!method.isHandler()) {
            if (method.isAbstract()) {
                report.error(Messages.ABSTRACT_WITHOUT_ON_EVENT.format(method.name()), method.element());
            }
            return Optional.empty();
        }
        boolean valid = true;
        if (method.modifiers().contains(Modifier.STATIC) || method.modifiers().contains(Modifier.PRIVATE)) {
            String what = method.modifiers().contains(Modifier.PRIVATE) ? "private" : "static";
            report.error(Messages.NOT_ABSTRACT_OR_DEFAULT.format(method.name(), what), method.element());
            valid = false;
        }
        if (!method.returnsVoid()) {
            report.error(Messages.NOT_VOID.format(method.name(), method.returnType()), method.element());
            valid = false;
        }
        if (method.generic()) {
            report.error(Messages.GENERIC.format(method.name()), method.element());
            valid = false;
        }
        if (method.values().isEmpty()) {
            report.error(Messages.NO_EVENT_TYPE.format(), Optional.of(method.element()), method.onEvent(),
                    method.onEvent().flatMap(mirror -> mirror.getElementValues().values().stream()
                            .map(value -> (javax.lang.model.element.AnnotationValue) value)
                            .findFirst()));
            return Optional.empty();
        }
        List<Binding> bindings = new ArrayList<>();
        for (EventValue value : method.values()) {
            Optional<Binding> binding = EventValueValidator.bind(value, method, known, report);
            if (binding.isPresent()) {
                if (bindings.stream().noneMatch(b -> b.pattern().equals(binding.get().pattern()))) {
                    bindings.add(binding.get());
                }
            } else {
                valid = false;
            }
        }
        if (bindings.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<DispatchPlan.Argument>> arguments = ParameterValidator.checkParameters(method, bindings, report);
        return valid && arguments.isPresent()
                ? Optional.of(new ValidHandler(index, method, bindings, arguments.get()))
                : Optional.empty();
    }
}
