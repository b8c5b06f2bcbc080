package org.tracimdaemon.sdk.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tracimdaemon.sdk.catalogue.DaemonMessageType;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.catalogue.ObjectShape;
import org.tracimdaemon.sdk.catalogue.RuntimeClasses;
import org.tracimdaemon.sdk.catalogue.TlmEventType;

/**
 * The event types one interface may handle: the catalogue's and those it opted in to, with the
 * parameters each allows, as a map from class name to what it receives.
 */
final class KnownTypes {
    private final List<String> tlmNames = new ArrayList<>();
    private final Map<String, Optional<TlmEventType>> tlm = new LinkedHashMap<>();

    KnownTypes(List<String> extraContentTypes, List<String> extraEventTypes) {
        for (TlmEventType type : EventCatalogue.tlmTypes()) {
            add(type.name(), Optional.of(type));
        }
        for (String contentType : extraContentTypes) {
            for (String operation : EventCatalogue.CONTENT_OPERATIONS) {
                add("content." + operation + "." + contentType, Optional.empty());
            }
        }
        for (String eventType : extraEventTypes) {
            add(eventType, Optional.empty());
        }
    }

    private void add(String name, Optional<TlmEventType> type) {
        if (!tlm.containsKey(name)) {
            tlmNames.add(name);
            tlm.put(name, type);
        }
    }

    /** Tracim event types, the catalogue's first, in catalogue order. */
    List<String> tlmNames() {
        return tlmNames;
    }

    boolean isTlm(String name) {
        return tlm.containsKey(name);
    }

    /** The catalogue's entry; empty for an opted-in type. */
    Optional<TlmEventType> catalogue(String name) {
        return tlm.getOrDefault(name, Optional.empty());
    }

    /** What "did you mean" picks from: every type a plugin can handle. */
    List<String> handleableNames() {
        return Stream.concat(
                        tlmNames.stream(),
                        EventCatalogue.daemonTypes().stream()
                                .filter(DaemonMessageType::reachesPlugins)
                                .map(DaemonMessageType::name))
                .toList();
    }

    /** The parameters a handler of this Tracim event type may take. */
    Map<String, ParameterKind> tlmOffer(String name) {
        Map<String, ParameterKind> offer = new LinkedHashMap<>();
        catalogue(name).ifPresent(type -> {
            offer.put(type.payloadClass(), ParameterKind.PAYLOAD);
            ObjectShape main = type.mainObject();
            offer.put(main.javaClass(), ParameterKind.MAIN_OBJECT);
            if (isContent(main)) {
                offer.put(RuntimeClasses.CONTENT, ParameterKind.MAIN_OBJECT);
            }
        });
        offer.put(RuntimeClasses.TLM_EVENT, ParameterKind.TLM_EVENT);
        offer.put(RuntimeClasses.DAEMON_EVENT, ParameterKind.DAEMON_EVENT);
        offer.put(RuntimeClasses.DAEMON_CLIENT, ParameterKind.DAEMON_CLIENT);
        return offer;
    }

    /** The parameters a handler of this daemon type may take. */
    static Map<String, ParameterKind> daemonOffer(DaemonMessageType type) {
        Map<String, ParameterKind> offer = new LinkedHashMap<>();
        switch (type.name()) {
            case DaemonTypes.CUSTOM_ERROR -> offer.put(RuntimeClasses.DISPATCH_ERROR, ParameterKind.DISPATCH_ERROR);
            case DaemonTypes.TRACIM_EVENT -> offer.put(RuntimeClasses.TLM_EVENT, ParameterKind.TLM_EVENT);
            default -> type.payloadClass().ifPresent(payload -> offer.put(payload, ParameterKind.PAYLOAD));
        }
        if (!type.name().equals(DaemonTypes.CUSTOM_ERROR)) {
            offer.put(RuntimeClasses.DAEMON_EVENT, ParameterKind.DAEMON_EVENT);
        }
        offer.put(RuntimeClasses.DAEMON_CLIENT, ParameterKind.DAEMON_CLIENT);
        return offer;
    }

    /** The parameters both offers allow, in the first one's order. */
    static Map<String, ParameterKind> common(Map<String, ParameterKind> a, Map<String, ParameterKind> b) {
        Map<String, ParameterKind> both = new LinkedHashMap<>(a);
        both.entrySet().removeIf(entry -> b.get(entry.getKey()) != entry.getValue());
        return both;
    }

    /** Whether the class is one of the records an event can carry as payload. */
    static boolean isPayloadRecord(String className) {
        if (className.equals(RuntimeClasses.TLM_EVENT) || className.equals(RuntimeClasses.DISPATCH_ERROR)) {
            return false; // kinds of their own
        }
        return EventCatalogue.tlmTypes().stream().anyMatch(type -> type.payloadClass().equals(className))
                || EventCatalogue.daemonTypes().stream()
                        .anyMatch(type -> type.payloadClass().filter(className::equals).isPresent());
    }

    /** Whether the class is one of the main objects of a payload. */
    static boolean isMainObject(String className) {
        return Stream.of(ObjectShape.values()).anyMatch(shape -> shape.javaClass().equals(className));
    }

    /** Whether it is {@code Content} or one of its variants. */
    static boolean isContent(ObjectShape shape) {
        return shape == ObjectShape.ANY_CONTENT
                || EventCatalogue.CONTENT_TYPES.stream().anyMatch(type -> ObjectShape.ofContentType(type) == shape);
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
