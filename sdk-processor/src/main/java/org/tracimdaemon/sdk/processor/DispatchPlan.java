package org.tracimdaemon.sdk.processor;

import java.util.List;
import java.util.Optional;

/**
 * What a dispatcher does, worked out from a valid handler interface: which handler runs for which
 * type, in which order, with which arguments. The writer turns it into code and decides nothing.
 *
 * @param packageName    the package of the interface and the dispatcher
 * @param interfaceName  the interface as code in that package names it, e.g. {@code Outer.Watcher}
 * @param dispatcherName the dispatcher's simple name
 * @param everyMessage   {@code custom_message} handlers: every message, first
 * @param daemonCases    per daemon type a plugin receives, its handlers; {@code daemon_tracim_event}
 *                       is there when it or any Tracim event type has a handler
 * @param tlmCases       per group of Tracim event types with the same handlers and payload, in
 *                       catalogue order
 * @param unknownTlm     handlers of patterns, for Tracim event types this build does not know
 * @param onError        {@code custom_error} handlers
 */
record DispatchPlan(
        String packageName,
        String interfaceName,
        String dispatcherName,
        List<HandlerCall> everyMessage,
        List<DaemonCase> daemonCases,
        List<TlmCase> tlmCases,
        List<PatternCall> unknownTlm,
        List<HandlerCall> onError) {

    DispatchPlan {
        everyMessage = List.copyOf(everyMessage);
        daemonCases = List.copyOf(daemonCases);
        tlmCases = List.copyOf(tlmCases);
        unknownTlm = List.copyOf(unknownTlm);
        onError = List.copyOf(onError);
    }

    /** Whether the dispatcher reads the TLM of {@code daemon_tracim_event} at all. */
    boolean dispatchesTlm() {
        return !tlmCases.isEmpty() || !unknownTlm.isEmpty();
    }

    /**
     * One call of a handler method.
     *
     * @param method    the method's name
     * @param arguments what to pass, in parameter order
     */
    record HandlerCall(String method, List<Argument> arguments) {
        HandlerCall {
            arguments = List.copyOf(arguments);
        }

        boolean takes(ParameterKind kind) {
            return arguments.stream().anyMatch(argument -> argument.kind() == kind);
        }

        Optional<Argument> argument(ParameterKind kind) {
            return arguments.stream().filter(argument -> argument.kind() == kind).findFirst();
        }
    }

    /**
     * One argument.
     *
     * @param kind      what it receives
     * @param className the qualified name of the parameter's class
     */
    record Argument(ParameterKind kind, String className) {}

    /**
     * The handlers of one daemon type.
     *
     * @param type         e.g. {@code daemon_account_info}
     * @param payloadClass the record its data decodes into, if it has one
     * @param handlers     in declaration order
     */
    record DaemonCase(String type, Optional<String> payloadClass, List<HandlerCall> handlers) {
        DaemonCase {
            handlers = List.copyOf(handlers);
        }
    }

    /**
     * The handlers of Tracim event types that share them and their payload.
     *
     * @param types    the event types, in catalogue order
     * @param payload  how their payload decodes, when some handler takes it or its main object
     * @param handlers in declaration order
     */
    record TlmCase(List<String> types, Optional<TlmPayload> payload, List<HandlerCall> handlers) {
        TlmCase {
            types = List.copyOf(types);
            handlers = List.copyOf(handlers);
        }
    }

    /**
     * The payload of Tracim event types.
     *
     * @param payloadClass the record {@code fields} decodes into, e.g. {@code ...ContentEvent}
     * @param mainAccessor the record component holding the main object, e.g. {@code content}
     * @param mainClass    the class that component is declared with, e.g. {@code ...Content}
     */
    record TlmPayload(String payloadClass, String mainAccessor, String mainClass) {}

    /**
     * A handler whose patterns may match Tracim event types this build does not know.
     *
     * @param patterns the handler's patterns
     * @param handler  the call; it takes nothing decoded from {@code fields}
     */
    record PatternCall(List<EventPattern> patterns, HandlerCall handler) {
        PatternCall {
            patterns = List.copyOf(patterns);
        }
    }
}
