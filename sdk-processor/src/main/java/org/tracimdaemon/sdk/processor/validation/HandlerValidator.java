package org.tracimdaemon.sdk.processor.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import org.tracimdaemon.sdk.catalogue.DaemonMessageType;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.catalogue.RuntimeClasses;
import org.tracimdaemon.sdk.catalogue.TlmEventType;
import org.tracimdaemon.sdk.processor.model.DispatchPlan;
import org.tracimdaemon.sdk.processor.model.EventPattern;
import org.tracimdaemon.sdk.processor.model.EventValue;
import org.tracimdaemon.sdk.processor.model.ExtraTypes;
import org.tracimdaemon.sdk.processor.model.HandlerInterface;
import org.tracimdaemon.sdk.processor.model.HandlerMethod;
import org.tracimdaemon.sdk.processor.model.HandlerParameter;
import org.tracimdaemon.sdk.processor.model.ParameterKind;

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
public final class HandlerValidator {
    private static final Pattern CONTENT_TYPE_SLUG = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_-]*){1,2}");

    /** The outcome: the errors, and the plan when there are none. */
    public record Result(Report report, Optional<DispatchPlan> plan) {}

    /** A method that passed every check, with what it handles and what it takes. */
    record ValidHandler(int index, HandlerMethod method, List<Binding> bindings, List<DispatchPlan.Argument> arguments) {}

    public Result validate(HandlerInterface handlerInterface) {
        Report report = new Report();
        checkPlacement(handlerInterface, report);
        List<String> contentTypes = validContentTypes(handlerInterface.extras(), handlerInterface.element(), report);
        List<String> eventTypes = validEventTypes(handlerInterface.extras(), handlerInterface.element(), report);
        KnownTypes known = new KnownTypes(contentTypes, eventTypes);
        List<ValidHandler> handlers = new ArrayList<>();
        List<HandlerMethod> methods = handlerInterface.methods();
        for (int i = 0; i < methods.size(); i++) {
            checkMethod(i, methods.get(i), known, report).ifPresent(handlers::add);
        }
        if (report.hasErrors()) {
            return new Result(report, Optional.empty());
        }
        return new Result(report, Optional.of(new PlanBuilder(known).plan(handlerInterface, handlers)));
    }

    /** Reports unknown {@code -Atracim.*} options, and opt-ins in options that are no new types. */
    public static Report checkOptions(Set<String> options, Set<String> supported, ExtraTypes optionExtras) {
        Report report = new Report();
        validContentTypes(optionExtras, null, report);
        validEventTypes(optionExtras, null, report);
        options.stream()
                .filter(option -> option.startsWith("tracim.") && !supported.contains(option))
                .sorted()
                .forEach(option -> report.error(Messages.UNKNOWN_OPTION.format(option), Optional.empty(),
                        Optional.empty(), Optional.empty()));
        return report;
    }

    private static void checkPlacement(HandlerInterface handlerInterface, Report report) {
        var type = handlerInterface.element();
        String name = handlerInterface.displayName();
        for (HandlerInterface.Placement problem : handlerInterface.problem()) {
            switch (problem) {
                case NOT_AN_INTERFACE -> report.error(
                        Messages.NOT_AN_INTERFACE.format(name, article(type.getKind())), type);
                case PRIVATE -> report.error(Messages.PRIVATE_INTERFACE.format(name,
                        type.getModifiers().contains(Modifier.PRIVATE) ? "" : " (inside a private type)",
                        handlerInterface.dispatcherName()), type);
                case LOCAL -> report.error(Messages.LOCAL_INTERFACE.format(name), type);
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

    private static List<String> validContentTypes(ExtraTypes extras, Element type, Report report) {
        List<String> valid = new ArrayList<>();
        for (ExtraTypes.Extra extra : extras.contentTypes()) {
            String name = extra.name();
            if (EventCatalogue.CONTENT_TYPES.contains(name)) {
                reportExtra(report, extra, type, Messages.EXTRA_ALREADY_KNOWN.format("content type", name, "", extra.origin()));
            } else if (EventCatalogue.CONTENT_TYPE_ALIASES.containsKey(name)) {
                reportExtra(report, extra, type, Messages.EXTRA_ALREADY_KNOWN.format("content type", name,
                        " as \"" + EventCatalogue.CONTENT_TYPE_ALIASES.get(name) + "\", the name TLMs use",
                        extra.origin()));
            } else if (!CONTENT_TYPE_SLUG.matcher(name).matches()) {
                reportExtra(report, extra, type, Messages.EXTRA_NOT_A_CONTENT_TYPE.format(extra.origin(), name));
            } else {
                valid.add(name);
            }
        }
        return valid;
    }

    private static List<String> validEventTypes(ExtraTypes extras, Element type, Report report) {
        List<String> valid = new ArrayList<>();
        for (ExtraTypes.Extra extra : extras.eventTypes()) {
            String name = extra.name();
            if (EventCatalogue.tlm(name).isPresent() || EventCatalogue.daemon(name).isPresent()) {
                reportExtra(report, extra, type, Messages.EXTRA_ALREADY_KNOWN.format("event type", name, "", extra.origin()));
            } else if (!EVENT_TYPE.matcher(name).matches()) {
                reportExtra(report, extra, type, Messages.EXTRA_NOT_AN_EVENT_TYPE.format(extra.origin(), name));
            } else {
                valid.add(name);
            }
        }
        return valid;
    }

    /**
     * An option is checked once for the whole compile ({@code type} null), an attribute of
     * {@code @TracimPlugin} with its interface, where the caret goes on the value.
     */
    private static void reportExtra(Report report, ExtraTypes.Extra extra, Element type, String message) {
        boolean isOption = extra.mirror().isEmpty();
        if (type == null && isOption) {
            report.error(message, Optional.empty(), Optional.empty(), Optional.empty());
        } else if (type != null && !isOption) {
            report.error(message, Optional.of(type), extra.mirror(), extra.value());
        }
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
            Optional<Binding> binding = bind(value, method, known, report);
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
        Optional<List<DispatchPlan.Argument>> arguments = checkParameters(method, bindings, report);
        return valid && arguments.isPresent()
                ? Optional.of(new ValidHandler(index, method, bindings, arguments.get()))
                : Optional.empty();
    }

    private static Optional<Binding> bind(EventValue value, HandlerMethod method, KnownTypes known, Report report) {
        EventPattern pattern = value.pattern();
        String text = value.text();
        Optional<DaemonMessageType> daemon = EventCatalogue.daemon(text);
        if (daemon.isPresent()) {
            if (!daemon.get().reachesPlugins()) {
                reportValue(report, method, value, Messages.NEVER_RECEIVED.format(text));
                return Optional.empty();
            }
            return Optional.of(new Binding(pattern, text, List.of(), KnownTypes.daemonOffer(daemon.get()), true));
        }
        if (known.isTlm(text)) {
            return Optional.of(new Binding(pattern, "", List.of(text), known.tlmOffer(text),
                    known.catalogue(text).isPresent()));
        }
        if (!pattern.isPattern()) {
            reportValue(report, method, value, Messages.UNKNOWN_EVENT_TYPE.format(text,
                    hint(DidYouMean.suggest(text, known.handleableNames()), Messages.NO_SUGGESTION_TYPE)));
            return Optional.empty();
        }
        if (pattern.hasPartialWildcard()) {
            reportValue(report, method, value, Messages.PARTIAL_WILDCARD.format(text));
            return Optional.empty();
        }
        if (pattern.hasSplitWildcards()) {
            reportValue(report, method, value, Messages.SPLIT_WILDCARD.format(text));
            return Optional.empty();
        }
        List<String> matched = known.tlmNames().stream().filter(pattern::matches).toList();
        if (matched.isEmpty()) {
            List<String> shapes = known.tlmNames().stream()
                    .map(pattern::generalise)
                    .filter(shape -> !shape.isEmpty())
                    .distinct()
                    .toList();
            reportValue(report, method, value, Messages.PATTERN_MATCHES_NOTHING.format(text,
                    hint(DidYouMean.suggest(text, shapes), Messages.NO_SUGGESTION_PATTERN)));
            return Optional.empty();
        }
        List<String> catalogued = matched.stream().filter(name -> known.catalogue(name).isPresent()).toList();
        Map<String, ParameterKind> offer = known.tlmOffer(
                (catalogued.isEmpty() ? matched : catalogued).get(0));
        for (String name : catalogued.isEmpty() ? matched : catalogued) {
            offer = common(offer, known.tlmOffer(name));
        }
        return Optional.of(new Binding(pattern, "", matched, offer, !catalogued.isEmpty()));
    }

    private static String hint(List<String> suggestions, Messages none) {
        return suggestions.isEmpty()
                ? none.format()
                : Messages.DID_YOU_MEAN.format(Messages.quotedAlternatives(suggestions));
    }

    private static void reportValue(Report report, HandlerMethod method, EventValue value, String message) {
        report.error(message, method.element(), method.onEvent().orElseThrow(), value.source());
    }

    private static Map<String, ParameterKind> common(Map<String, ParameterKind> a, Map<String, ParameterKind> b) {
        Map<String, ParameterKind> both = new LinkedHashMap<>(a);
        both.entrySet().removeIf(entry -> b.get(entry.getKey()) != entry.getValue());
        return both;
    }

    private static Optional<List<DispatchPlan.Argument>> checkParameters(
            HandlerMethod method, List<Binding> bindings, Report report) {
        Map<String, ParameterKind> offer = bindings.get(0).offer();
        for (Binding binding : bindings) {
            offer = common(offer, binding.offer());
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
                report.error(notCarried(parameter, offer, events, plural, shapeKnown), parameter.element());
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
                    Messages.withArticle(KnownTypes.simpleName(payload.get())), Messages.withArticle(actual));
        }
        if (KnownTypes.isMainObject(parameter.typeName()) && !mains.isEmpty()) {
            if (mains.equals(List.of(RuntimeClasses.CONTENT)) && isContentClass(parameter.typeName())) {
                return Messages.CONTENT_SHAPE_VARIES.format(events, carries, Messages.withArticle(actual));
            }
            return Messages.WRONG_SHAPE.format(events, carries,
                    Messages.withArticle(KnownTypes.simpleName(mains.get(0))), Messages.withArticle(actual));
        }
        return Messages.NOT_CARRIED.format(events, carries, actual, plural ? "their" : "its", allowed(offer));
    }

    private static boolean isContentClass(String className) {
        return EventCatalogue.tlmTypes().stream()
                .map(TlmEventType::mainObject)
                .filter(KnownTypes::isContent)
                .anyMatch(shape -> shape.javaClass().equals(className));
    }

    private static String allowed(Map<String, ParameterKind> offer) {
        return Messages.join(offer.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(entry -> KnownTypes.simpleName(entry.getKey()))
                .collect(Collectors.toList()), "or");
    }
}
