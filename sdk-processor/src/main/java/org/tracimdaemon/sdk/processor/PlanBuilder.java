package org.tracimdaemon.sdk.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracimdaemon.sdk.catalogue.DaemonMessageType;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.catalogue.RuntimeClasses;
import org.tracimdaemon.sdk.catalogue.TlmEventType;
import org.tracimdaemon.sdk.processor.DispatchPlan.HandlerCall;

/**
 * Works out which handler runs for which type, in declaration order, from valid handlers.
 * Tracim event types outside the catalogue (opted in, or unknown at run time) have no known
 * payload shape: only handlers that take nothing decoded from {@code fields} reach them through
 * a pattern.
 */
final class PlanBuilder {
    private final KnownTypes known;

    PlanBuilder(KnownTypes known) {
        this.known = known;
    }

    DispatchPlan plan(HandlerInterface handlerInterface, List<HandlerValidator.ValidHandler> handlers) {
        List<HandlerCall> everyMessage = new ArrayList<>();
        List<HandlerCall> onError = new ArrayList<>();
        Map<String, List<HandlerValidator.ValidHandler>> byDaemonType = new LinkedHashMap<>();
        Map<String, List<HandlerValidator.ValidHandler>> byTlmType = new LinkedHashMap<>();
        List<DispatchPlan.PatternCall> unknownTlm = new ArrayList<>();
        for (HandlerValidator.ValidHandler handler : handlers) {
            HandlerCall call = new HandlerCall(handler.method().name(), handler.arguments());
            boolean shapeFree = !call.takes(ParameterKind.PAYLOAD) && !call.takes(ParameterKind.MAIN_OBJECT);
            List<EventPattern> patterns = new ArrayList<>();
            // A handler runs at most once per message: custom_message already covers every
            // message, daemon_tracim_event every Tracim event, so their other values add nothing.
            boolean everyMessageToo = handler.bindings().stream()
                    .anyMatch(b -> b.daemonType().equals(DaemonTypes.CUSTOM_MESSAGE));
            boolean everyTlmToo = handler.bindings().stream()
                    .anyMatch(b -> b.daemonType().equals(DaemonTypes.TRACIM_EVENT));
            for (Binding binding : handler.bindings()) {
                boolean covered = !binding.daemonType().equals(DaemonTypes.CUSTOM_ERROR)
                        && !binding.daemonType().equals(DaemonTypes.CUSTOM_MESSAGE)
                        && (everyMessageToo || (everyTlmToo && !binding.isDaemon()));
                if (covered) {
                    continue;
                }
                if (binding.daemonType().equals(DaemonTypes.CUSTOM_MESSAGE)) {
                    everyMessage.add(call);
                } else if (binding.daemonType().equals(DaemonTypes.CUSTOM_ERROR)) {
                    onError.add(call);
                } else if (binding.isDaemon()) {
                    add(byDaemonType, binding.daemonType(), handler);
                } else {
                    for (String type : binding.tlmTypes()) {
                        if (!binding.pattern().isPattern() || shapeFree || known.catalogue(type).isPresent()) {
                            add(byTlmType, type, handler);
                        }
                    }
                    if (binding.pattern().isPattern() && shapeFree) {
                        patterns.add(binding.pattern());
                    }
                }
            }
            if (!patterns.isEmpty()) {
                unknownTlm.add(new DispatchPlan.PatternCall(patterns, call));
            }
        }
        List<DispatchPlan.TlmCase> tlmCases = tlmCases(byTlmType);
        List<DispatchPlan.DaemonCase> daemonCases = new ArrayList<>();
        for (DaemonMessageType type : EventCatalogue.daemonTypes()) {
            List<HandlerValidator.ValidHandler> typeHandlers = byDaemonType.getOrDefault(type.name(), List.of());
            boolean tracimEvent = type.name().equals(DaemonTypes.TRACIM_EVENT)
                    && (!tlmCases.isEmpty() || !unknownTlm.isEmpty());
            if (!typeHandlers.isEmpty() || tracimEvent) {
                daemonCases.add(new DispatchPlan.DaemonCase(type.name(),
                        type.name().equals(DaemonTypes.TRACIM_EVENT) ? Optional.empty() : type.payloadClass(),
                        calls(typeHandlers)));
            }
        }
        return new DispatchPlan(handlerInterface.packageName(), handlerInterface.referenceName(),
                handlerInterface.dispatcherName(), everyMessage, daemonCases, tlmCases, unknownTlm, onError);
    }

    private List<DispatchPlan.TlmCase> tlmCases(Map<String, List<HandlerValidator.ValidHandler>> byTlmType) {
        record Key(List<Integer> handlers, Optional<DispatchPlan.TlmPayload> payload) {}
        Map<Key, List<String>> groups = new LinkedHashMap<>();
        Map<Key, List<HandlerCall>> calls = new LinkedHashMap<>();
        for (String type : known.tlmNames()) {
            List<HandlerValidator.ValidHandler> handlers = byTlmType.get(type);
            if (handlers == null) {
                continue;
            }
            boolean decodes = handlers.stream().anyMatch(handler -> handler.arguments().stream()
                    .anyMatch(a -> a.kind() == ParameterKind.PAYLOAD || a.kind() == ParameterKind.MAIN_OBJECT));
            Optional<DispatchPlan.TlmPayload> payload = decodes ? known.catalogue(type).map(PlanBuilder::payload) : Optional.empty();
            Key key = new Key(handlers.stream().map(HandlerValidator.ValidHandler::index).toList(), payload);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(type);
            calls.putIfAbsent(key, calls(handlers));
        }
        return groups.entrySet().stream()
                .map(group -> new DispatchPlan.TlmCase(group.getValue(), group.getKey().payload(), calls.get(group.getKey())))
                .toList();
    }

    private static DispatchPlan.TlmPayload payload(TlmEventType type) {
        String mainClass = KnownTypes.isContent(type.mainObject()) ? RuntimeClasses.CONTENT : type.mainObject().javaClass();
        return new DispatchPlan.TlmPayload(type.payloadClass(), camelCase(type.mainField()), mainClass);
    }

    /** The record component of a JSON key: {@code user_call} is {@code userCall()}. */
    static String camelCase(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static List<HandlerCall> calls(List<HandlerValidator.ValidHandler> handlers) {
        return handlers.stream().map(h -> new HandlerCall(h.method().name(), h.arguments())).toList();
    }

    private static <K> void add(Map<K, List<HandlerValidator.ValidHandler>> map, K key, HandlerValidator.ValidHandler handler) {
        List<HandlerValidator.ValidHandler> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(handler)) {
            list.add(handler);
        }
    }
}
