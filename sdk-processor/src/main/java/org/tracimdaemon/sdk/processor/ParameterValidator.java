package org.tracimdaemon.sdk.processor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.catalogue.ObjectShape;
import org.tracimdaemon.sdk.catalogue.RuntimeClasses;
import org.tracimdaemon.sdk.catalogue.TlmEventType;

/**
 * Checks a handler's parameters against what every one of its event types guarantees: at most one
 * of each kind, in any order; anything else is an error naming what the events allow.
 */
final class ParameterValidator {
    private ParameterValidator() {}

    static Optional<List<DispatchPlan.Argument>> checkParameters(
            HandlerMethod method, List<Binding> bindings, Report report) {
        Map<String, ParameterKind> offer = bindings.get(0).offer();
        for (Binding binding : bindings) {
            offer = KnownTypes.common(offer, binding.offer());
        }
        boolean shapeKnown = bindings.stream().anyMatch(Binding::shapeKnown);
        List<String> texts = bindings.stream().map(b -> b.pattern().text()).toList();
        String events = Messages.join(texts, "and");
        boolean plural = texts.size() > 1;
        Map<ParameterKind, HandlerParameter> seen = new EnumMap<>(ParameterKind.class);
        List<DispatchPlan.Argument> arguments = new ArrayList<>();
        boolean valid = true;
        for (HandlerParameter parameter : method.parameters()) {
            ParameterKind kind = offer.get(parameter.typeName());
            if (kind == null) {
                report.error(notCarried(parameter, offer, events, plural, shapeKnown, sharedType(bindings)),
                        parameter.element());
                valid = false;
            } else if (seen.containsKey(kind)) {
                report.error(Messages.DUPLICATE_KIND.format(kind.description(), parameter.name()), parameter.element());
                valid = false;
            } else {
                seen.put(kind, parameter);
                arguments.add(new DispatchPlan.Argument(kind, parameter.typeName()));
            }
        }
        return valid ? Optional.of(arguments) : Optional.empty();
    }

    /** The catalogue entry standing for all the bindings, when they all share one payload record. */
    static Optional<TlmEventType> sharedType(List<Binding> bindings) {
        if (bindings.stream().anyMatch(Binding::isDaemon)) {
            return Optional.empty();
        }
        List<TlmEventType> types = bindings.stream().flatMap(b -> b.tlmTypes().stream())
                .flatMap(name -> EventCatalogue.tlm(name).stream()).toList();
        if (types.isEmpty() || types.stream().map(TlmEventType::payloadClass).distinct().count() != 1) {
            return Optional.empty();
        }
        return Optional.of(types.get(0));
    }

    /** The key of {@code fields}, other than the main one, that holds an object of that class, e.g. {@code user}. */
    static Optional<String> otherField(TlmEventType type, String className) {
        // The event's own keys, in catalogue order, before the author every TLM has.
        return java.util.stream.Stream.concat(type.fields().stream().filter(key -> !key.equals("author")),
                        java.util.stream.Stream.of("author"))
                .filter(key -> !key.equals(type.mainField()) && type.shapes().containsKey(key))
                .filter(key -> type.shapes().get(key).javaClass().equals(className)
                        || type.shapes().get(key) == ObjectShape.ANY_CONTENT && isContentClass(className))
                .findFirst();
    }

    static String notCarried(HandlerParameter parameter, Map<String, ParameterKind> offer, String events,
            boolean plural, boolean shapeKnown, Optional<TlmEventType> shared) {
        String message = notCarried(parameter, offer, events, plural, shapeKnown);
        if (shared.isEmpty() || !KnownTypes.isMainObject(parameter.typeName())) {
            return message;
        }
        Optional<String> field = otherField(shared.get(), parameter.typeName());
        if (field.isEmpty()) {
            return message;
        }
        String payload = KnownTypes.simpleName(shared.get().payloadClass());
        String accessor = PlanBuilder.camelCase(field.get());
        return Messages.OTHER_FIELD.format(events, plural ? "carry" : "carries",
                Messages.withArticle(KnownTypes.simpleName(shared.get().mainObject().javaClass())),
                Messages.withArticle(parameter.simpleTypeName()), field.get().replace('_', ' '), payload, accessor,
                Messages.withArticle(payload), accessor, plural ? "their" : "its", allowed(offer));
    }

    private static String notCarried(HandlerParameter parameter, Map<String, ParameterKind> offer, String events,
            boolean plural, boolean shapeKnown) {
        String carries = plural ? "carry" : "carries";
        String actual = parameter.simpleTypeName();
        List<String> mains = offer.entrySet().stream()
                .filter(entry -> entry.getValue() == ParameterKind.MAIN_OBJECT)
                .map(Map.Entry::getKey)
                .toList();
        Optional<String> payload = offer.entrySet().stream()
                .filter(entry -> entry.getValue() == ParameterKind.PAYLOAD)
                .map(Map.Entry::getKey)
                .findFirst();
        if (!shapeKnown && (KnownTypes.isPayloadRecord(parameter.typeName()) || KnownTypes.isMainObject(parameter.typeName()))) {
            return Messages.SHAPE_UNKNOWN.format(events, plural ? "are" : "is", plural ? "their" : "its",
                    plural ? "their" : "its", allowed(offer), actual);
        }
        if (KnownTypes.isPayloadRecord(parameter.typeName()) && payload.isPresent()) {
            return Messages.WRONG_SHAPE.format(events, carries,
                    Messages.withArticle(KnownTypes.simpleName(payload.get())), Messages.withArticle(actual),
                    plural ? "their" : "its", allowed(offer));
        }
        if (KnownTypes.isMainObject(parameter.typeName()) && !mains.isEmpty()) {
            if (mains.equals(List.of(RuntimeClasses.CONTENT)) && isContentClass(parameter.typeName())) {
                return Messages.CONTENT_SHAPE_VARIES.format(events, carries, Messages.withArticle(actual),
                        plural ? "their" : "its", allowed(offer));
            }
            return Messages.WRONG_SHAPE.format(events, carries,
                    Messages.withArticle(KnownTypes.simpleName(mains.get(0))), Messages.withArticle(actual),
                    plural ? "their" : "its", allowed(offer));
        }
        return Messages.NOT_CARRIED.format(events, carries, actual, plural ? "their" : "its", allowed(offer));
    }

    static boolean isContentClass(String className) {
        return EventCatalogue.tlmTypes().stream()
                .map(TlmEventType::mainObject)
                .filter(KnownTypes::isContent)
                .anyMatch(shape -> shape.javaClass().equals(className));
    }

    static String allowed(Map<String, ParameterKind> offer) {
        return Messages.join(offer.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(entry -> KnownTypes.simpleName(entry.getKey()))
                .collect(Collectors.toList()), "or");
    }
}
