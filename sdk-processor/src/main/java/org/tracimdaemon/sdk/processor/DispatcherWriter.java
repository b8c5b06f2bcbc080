package org.tracimdaemon.sdk.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.catalogue.RuntimeClasses;
import org.tracimdaemon.sdk.processor.DispatchPlan.HandlerCall;

/**
 * Turns a {@link DispatchPlan} into the source of {@code <Interface>Dispatcher}: a switch on the
 * daemon type, then on the TLM's event type; each payload decoded once, only where a handler
 * takes it; every call guarded so that one failing handler or payload skips only what it must.
 * The decoding and the failure reports are the runtime's {@code GeneratedDispatch}, called by
 * name: the dispatcher holds no helper of its own, so a fix there needs no plugin recompiled.
 *
 * <pre>{@code
 * JavaFile file = new DispatcherWriter(OnEventProcessor.class.getName()).write(plan, interfaceElement, true);
 * file.writeTo(filer);
 * }</pre>
 */
final class DispatcherWriter {
    private static final ClassName EVENT_DISPATCHER = ClassName.bestGuess(RuntimeClasses.EVENT_DISPATCHER);
    private static final ClassName DISPATCH_CONTEXT = ClassName.bestGuess(RuntimeClasses.DISPATCH_CONTEXT);
    private static final ClassName GENERATED_DISPATCH = ClassName.bestGuess(RuntimeClasses.GENERATED_DISPATCH);
    private static final ClassName DISPATCH_ERROR = ClassName.bestGuess(RuntimeClasses.DISPATCH_ERROR);
    private static final ClassName DAEMON_EVENT = ClassName.bestGuess(RuntimeClasses.DAEMON_EVENT);
    private static final ClassName TLM_EVENT = ClassName.bestGuess(RuntimeClasses.TLM_EVENT);
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

    /** Calls per generated method; each is some 30 bytes of bytecode, far below the 64 KB a method may hold. */
    static final int CALLS_PER_METHOD = 100;

    private final String generator;

    /** @param generator the processor's class name, for {@code @Generated} */
    DispatcherWriter(String generator) {
        this.generator = generator;
    }

    /**
     * @param origin  the interface, so that incremental builds know where the file comes from
     * @param visible whether the interface can be seen from outside its package
     */
    JavaFile write(DispatchPlan plan, Element origin, boolean visible) {
        return write(plan, origin, visible, List.of());
    }

    /**
     * @param origin     the interface, so that incremental builds know where the file comes from
     * @param visible    whether the interface can be seen from outside its package
     * @param suppressed the warnings the dispatcher's code raises and must suppress ({@code "deprecation"},
     *                   {@code "removal"}): only those, since ecj warns of every unnecessary one
     */
    JavaFile write(DispatchPlan plan, Element origin, boolean visible, List<String> suppressed) {
        return new Writing(plan, origin, visible, suppressed).file();
    }

    /** One dispatcher being written. */
    private final class Writing {
        private final DispatchPlan plan;
        private final Element origin;
        private final boolean visible;
        private final List<String> suppressed;
        private final ClassName handlersType;
        private final ClassName dispatcherType;
        private final List<MethodSpec> methods = new ArrayList<>();
        private final Set<String> methodNames = new HashSet<>(List.of("of", "dispatch", "dispatchError"));
        /** Whether the dispatcher checks every TLM's document when it decodes it; see checkTlmFirst. */
        private boolean tlmCheckedUpFront;

        Writing(DispatchPlan plan, Element origin, boolean visible, List<String> suppressed) {
            this.plan = plan;
            this.origin = origin;
            this.visible = visible;
            this.suppressed = List.copyOf(suppressed);
            List<String> names = List.of(plan.interfaceName().split("\\."));
            this.handlersType = ClassName.get(plan.packageName(), names.get(0),
                    names.subList(1, names.size()).toArray(String[]::new));
            this.dispatcherType = ClassName.get(plan.packageName(), plan.dispatcherName());
            plan.daemonCases().forEach(daemonCase -> methodNames.add(methodName(daemonCase.type())));
        }

        JavaFile file() {
            TypeSpec.Builder type = TypeSpec.classBuilder(dispatcherType)
                    .addJavadoc("Calls the {@code @OnEvent} methods of {@link $T}; generated from it, do not edit.\n\n"
                            + "<pre>{@code\n"
                            + "EventDispatcher dispatcher = $T.of(handlers);\n"
                            + "}</pre>\n", handlersType, dispatcherType)
                    .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", generator).build());
            if (!suppressed.isEmpty()) {
                // The handlers' interface or methods are deprecated: calling them is this class's job.
                type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", suppressed.size() == 1 ? "$S" : "{$S, $S}", suppressed.toArray()).build());
            }
            type.addModifiers(visible ? new Modifier[] {Modifier.PUBLIC, Modifier.FINAL} : new Modifier[] {Modifier.FINAL})
                    .addSuperinterface(EVENT_DISPATCHER)
                    .addOriginatingElement(origin)
                    .addField(handlersType, "handlers", Modifier.PRIVATE, Modifier.FINAL)
                    .addMethod(MethodSpec.constructorBuilder()
                            .addModifiers(Modifier.PRIVATE)
                            .addParameter(handlersType, "handlers")
                            .addStatement("this.handlers = $T.requireNonNull(handlers, $S)", OBJECTS, "handlers")
                            .build())
                    .addMethod(MethodSpec.methodBuilder("of")
                            .addJavadoc("The dispatcher that calls {@code handlers}.\n")
                            .addModifiers(visible ? new Modifier[] {Modifier.PUBLIC, Modifier.STATIC} : new Modifier[] {Modifier.STATIC})
                            .returns(dispatcherType)
                            .addParameter(handlersType, "handlers")
                            .addStatement("return new $T(handlers)", dispatcherType)
                            .build());
            type.addMethod(dispatch());
            if (!plan.onError().isEmpty()) {
                type.addMethod(dispatchError());
            }
            for (DispatchPlan.DaemonCase daemonCase : plan.daemonCases()) {
                if (daemonCase.type().equals(DaemonTypes.TRACIM_EVENT)) {
                    tracimEvent(daemonCase);
                } else {
                    daemonType(daemonCase);
                }
            }
            methods.forEach(type::addMethod);
            // java.lang is imported explicitly: a String or Override of the plugin's own package
            // would otherwise stand for java.lang's in this file.
            return JavaFile.builder(plan.packageName(), type.build()).indent("    ").build();
        }

        private MethodSpec dispatch() {
            MethodSpec.Builder method = MethodSpec.methodBuilder("dispatch")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC);
            List<Local> parameters = List.of(new Local(DAEMON_EVENT, "event"), new Local(DISPATCH_CONTEXT, "context"));
            parameters.forEach(p -> method.addParameter(p.type(), p.name()));
            List<CodeBlock> calls = plan.everyMessage().stream().map(call -> call(call, Map.of())).toList();
            method.addCode(calls("everyMessage", parameters, calls));
            if (!plan.daemonCases().isEmpty()) {
                method.beginControlFlow("switch (event.type())");
                for (DispatchPlan.DaemonCase daemonCase : plan.daemonCases()) {
                    method.addStatement("case $S -> $L(event, context)", daemonCase.type(),
                            methodName(daemonCase.type()));
                }
                method.endControlFlow();
            }
            return method.build();
        }

        private MethodSpec dispatchError() {
            MethodSpec.Builder method = MethodSpec.methodBuilder("dispatchError")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC);
            List<Local> parameters = List.of(new Local(DISPATCH_ERROR, "error"), new Local(DISPATCH_CONTEXT, "context"));
            parameters.forEach(p -> method.addParameter(p.type(), p.name()));
            List<CodeBlock> calls = plan.onError().stream().map(call -> call(call, Map.of())).toList();
            return method.addCode(calls("onError", parameters, calls)).build();
        }

        private void daemonType(DispatchPlan.DaemonCase daemonCase) {
            String name = methodName(daemonCase.type());
            MethodSpec.Builder method = caseMethod(name);
            List<Local> locals = new ArrayList<>(eventAndContext());
            Map<ParameterKind, String> values = new LinkedHashMap<>();
            boolean decodes = daemonCase.handlers().stream().anyMatch(call -> call.takes(ParameterKind.PAYLOAD));
            if (decodes && daemonCase.payloadClass().isPresent()) {
                ClassName payload = ClassName.bestGuess(daemonCase.payloadClass().get());
                String local = variable(payload);
                method.addStatement("$T $L = $T.data(event, $T.class, context)", payload, local, GENERATED_DISPATCH, payload);
                values.put(ParameterKind.PAYLOAD, local);
                locals.add(new Local(payload, local));
            }
            List<CodeBlock> calls = daemonCase.handlers().stream()
                    .map(call -> guarded(call, values, call.takes(ParameterKind.PAYLOAD) ? values.get(ParameterKind.PAYLOAD) : null))
                    .toList();
            methods.add(method.addCode(calls(name, locals, calls)).build());
        }

        private void tracimEvent(DispatchPlan.DaemonCase daemonCase) {
            String name = methodName(daemonCase.type());
            MethodSpec.Builder method = caseMethod(name);
            int position = methods.size(); // before the methods of its cases, which follow
            methods.add(null);
            boolean decodes = plan.dispatchesTlm()
                    || daemonCase.handlers().stream().anyMatch(call -> call.takes(ParameterKind.TLM_EVENT));
            // When every handler needs the TLM, one early return stands for a guard on each.
            boolean returnEarly = plan.dispatchesTlm()
                    && daemonCase.handlers().stream().allMatch(call -> call.takes(ParameterKind.TLM_EVENT));
            List<Local> locals = new ArrayList<>(eventAndContext());
            // A handler of every TLM sees its document: checked once here, not again per event type.
            tlmCheckedUpFront = daemonCase.handlers().stream().anyMatch(call -> call.takes(ParameterKind.TLM_EVENT));
            if (decodes) {
                method.addStatement("$T tlm = $T.$L(event, context)", TLM_EVENT, GENERATED_DISPATCH,
                        tlmCheckedUpFront ? "checkedTlm" : "tlm");
                locals.add(new Local(TLM_EVENT, "tlm"));
            }
            if (returnEarly) {
                method.beginControlFlow("if (tlm == null)").addStatement("return").endControlFlow();
            }
            Map<ParameterKind, String> values = Map.of(ParameterKind.TLM_EVENT, "tlm");
            List<CodeBlock> calls = daemonCase.handlers().stream()
                    .map(call -> guarded(call, values, call.takes(ParameterKind.TLM_EVENT) && !returnEarly ? "tlm" : null))
                    .toList();
            method.addCode(calls(name, locals, calls));
            if (plan.dispatchesTlm()) {
                if (!returnEarly) {
                    method.beginControlFlow("if (tlm == null)").addStatement("return").endControlFlow();
                }
                method.beginControlFlow("switch (tlm.eventType())");
                for (DispatchPlan.TlmCase tlmCase : plan.tlmCases()) {
                    String caseName = uniqueName(tlmMethodName(tlmCase.types().get(0)));
                    method.addCode("$L -> $L(event, tlm, context);\n", caseLabels(tlmCase.types()), caseName);
                    tlmCase(caseName, tlmCase);
                }
                if (!plan.unknownTlm().isEmpty()) {
                    String caseName = uniqueName("onOtherTlm");
                    method.addStatement("default -> $L(event, tlm, context)", caseName);
                    otherTlm(caseName);
                }
                method.endControlFlow();
            }
            methods.set(position, method.build());
        }

        /** Tracim event types this build does not know: the handlers of matching patterns. */
        private void otherTlm(String name) {
            MethodSpec.Builder method = tlmCaseMethod(name)
                    .addJavadoc("Event types newer than this build: the handlers whose patterns match.\n")
                    .addStatement("$T eventType = tlm.eventType()", String.class);
            checkTlmFirst(method);
            List<Local> locals = new ArrayList<>(tlmLocals());
            locals.add(new Local(ClassName.get(String.class), "eventType"));
            Map<ParameterKind, String> values = Map.of(ParameterKind.TLM_EVENT, "tlm");
            List<CodeBlock> calls = new ArrayList<>();
            for (DispatchPlan.PatternCall patternCall : plan.unknownTlm()) {
                List<CodeBlock> checks = patternCall.patterns().stream().map(this::matches).toList();
                CodeBlock condition = checks.stream()
                        .map(check -> checks.size() > 1 && check.toString().contains("&&") ? CodeBlock.of("($L)", check) : check)
                        .collect(CodeBlock.joining(" || "));
                if (condition.isEmpty() || checks.stream().anyMatch(CodeBlock::isEmpty)) {
                    calls.add(call(patternCall.handler(), values));
                } else {
                    calls.add(CodeBlock.builder()
                            .beginControlFlow("if ($L)", condition)
                            .add(call(patternCall.handler(), values))
                            .endControlFlow()
                            .build());
                }
            }
            methods.add(method.addCode(calls(name, locals, calls)).build());
        }

        private void tlmCase(String name, DispatchPlan.TlmCase tlmCase) {
            MethodSpec.Builder method = tlmCaseMethod(name);
            if (tlmCase.handlers().stream().anyMatch(call -> !call.takes(ParameterKind.PAYLOAD)
                    && call.argument(ParameterKind.MAIN_OBJECT).isEmpty())) {
                checkTlmFirst(method); // a handler without a record would see an unchecked document
            }
            List<Local> locals = new ArrayList<>(tlmLocals());
            Map<ParameterKind, String> values = new LinkedHashMap<>();
            values.put(ParameterKind.TLM_EVENT, "tlm");
            Map<String, String> mains = new LinkedHashMap<>();
            String payloadLocal = null;
            if (tlmCase.payload().isPresent()) {
                DispatchPlan.TlmPayload payload = tlmCase.payload().get();
                ClassName payloadType = ClassName.bestGuess(payload.payloadClass());
                payloadLocal = variable(payloadType);
                method.addStatement("$T $L = $T.fields(tlm, $T.class, context)",
                        payloadType, payloadLocal, GENERATED_DISPATCH, payloadType);
                locals.add(new Local(payloadType, payloadLocal));
                values.put(ParameterKind.PAYLOAD, payloadLocal);
                List<String> mainClasses = tlmCase.handlers().stream()
                        .flatMap(call -> call.argument(ParameterKind.MAIN_OBJECT).stream())
                        .map(DispatchPlan.Argument::className)
                        .distinct()
                        .toList();
                if (!mainClasses.isEmpty()) {
                    ClassName declared = ClassName.bestGuess(payload.mainClass());
                    String declaredLocal = variable(declared);
                    method.addStatement("$T $L = $L == null ? null : $L.$L()",
                            declared, declaredLocal, payloadLocal, payloadLocal, payload.mainAccessor());
                    locals.add(new Local(declared, declaredLocal));
                    mains.put(payload.mainClass(), declaredLocal);
                    for (String mainClass : mainClasses) {
                        if (!mainClass.equals(payload.mainClass())) {
                            ClassName variant = ClassName.bestGuess(mainClass);
                            String variantLocal = variable(variant);
                            method.addStatement("$T $L = $T.variant($L, $T.class, $S, tlm, context)",
                                    variant, variantLocal, GENERATED_DISPATCH, declaredLocal, variant,
                                    "fields." + payload.mainAccessor());
                            locals.add(new Local(variant, variantLocal));
                            mains.put(mainClass, variantLocal);
                        }
                    }
                }
            }
            List<CodeBlock> calls = new ArrayList<>();
            for (HandlerCall call : tlmCase.handlers()) {
                Map<ParameterKind, String> callValues = new LinkedHashMap<>(values);
                String guard = call.takes(ParameterKind.PAYLOAD) ? payloadLocal : null;
                Optional<DispatchPlan.Argument> main = call.argument(ParameterKind.MAIN_OBJECT);
                if (main.isPresent()) {
                    callValues.put(ParameterKind.MAIN_OBJECT, mains.get(main.get().className()));
                    guard = mains.get(main.get().className());
                }
                calls.add(guarded(call, callValues, guard));
            }
            methods.add(method.addCode(calls(name, locals, calls)).build());
        }

        /**
         * The calls inline, or, past {@link #CALLS_PER_METHOD}, spread over methods of their own
         * that take {@code locals}: no generated method nears the JVM's 64 KB limit, however
         * many handlers one message has.
         */
        private CodeBlock calls(String owner, List<Local> locals, List<CodeBlock> calls) {
            if (calls.size() <= CALLS_PER_METHOD) {
                return CodeBlock.join(calls, "");
            }
            CodeBlock.Builder code = CodeBlock.builder();
            String arguments = locals.stream().map(Local::name).collect(Collectors.joining(", "));
            for (int from = 0, part = 1; from < calls.size(); from += CALLS_PER_METHOD, part++) {
                String name = uniqueName(owner + "Part" + part);
                MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE);
                locals.forEach(local -> method.addParameter(local.type(), local.name()));
                calls.subList(from, Math.min(calls.size(), from + CALLS_PER_METHOD)).forEach(method::addCode);
                methods.add(method.build());
                code.addStatement("$L($L)", name, arguments);
            }
            return code.build();
        }

        private List<Local> eventAndContext() {
            return List.of(new Local(DAEMON_EVENT, "event"), new Local(DISPATCH_CONTEXT, "context"));
        }

        private List<Local> tlmLocals() {
            return List.of(new Local(DAEMON_EVENT, "event"), new Local(TLM_EVENT, "tlm"),
                    new Local(DISPATCH_CONTEXT, "context"));
        }

        private String uniqueName(String wanted) {
            String name = wanted;
            for (int i = 2; !methodNames.add(name); i++) {
                name = wanted + i;
            }
            return name;
        }

        /** {@code case "a",} then one label a line, indented twice. */
        private CodeBlock caseLabels(List<String> types) {
            CodeBlock.Builder labels = CodeBlock.builder().add("case $S", types.get(0));
            for (String type : types.subList(1, types.size())) {
                labels.add(",\n$>$>$S$<$<", type);
            }
            return labels.build();
        }

        /** The check for a pattern on a type the build does not know: its literal start and end, its length. */
        private CodeBlock matches(EventPattern pattern) {
            List<CodeBlock> checks = new ArrayList<>();
            if (!pattern.prefix().isEmpty()) {
                checks.add(CodeBlock.of("eventType.startsWith($S)", pattern.prefix()));
            }
            if (!pattern.suffix().isEmpty()) {
                checks.add(CodeBlock.of("eventType.endsWith($S)", pattern.suffix()));
            }
            int parts = pattern.parts().size();
            int guaranteed = (int) pattern.prefix().chars().filter(c -> c == '.').count() + 1;
            if (!pattern.isOpenEnded()) {
                checks.add(CodeBlock.of("$T.partCount(eventType) == $L", GENERATED_DISPATCH, parts));
            } else if (parts > guaranteed) {
                checks.add(CodeBlock.of("$T.partCount(eventType) >= $L", GENERATED_DISPATCH, parts));
            }
            return CodeBlock.join(checks, " && ");
        }

        private MethodSpec.Builder caseMethod(String name) {
            return MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(DAEMON_EVENT, "event")
                    .addParameter(DISPATCH_CONTEXT, "context");
        }

        private MethodSpec.Builder tlmCaseMethod(String name) {
            return MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(DAEMON_EVENT, "event")
                    .addParameter(TLM_EVENT, "tlm")
                    .addParameter(DISPATCH_CONTEXT, "context");
        }

        /**
         * A TLM's document is read lazily (its header only, until a record is decoded): before
         * handlers that take no record, it is checked to be JSON, unless it was for every TLM.
         */
        private void checkTlmFirst(MethodSpec.Builder method) {
            if (!tlmCheckedUpFront) {
                method.beginControlFlow("if (!$T.checked(tlm, context))", GENERATED_DISPATCH)
                        .addStatement("return")
                        .endControlFlow();
            }
        }

        private CodeBlock guarded(HandlerCall call, Map<ParameterKind, String> locals, String guard) {
            if (guard == null) {
                return call(call, locals);
            }
            return CodeBlock.builder()
                    .beginControlFlow("if ($L != null)", guard)
                    .add(call(call, locals))
                    .endControlFlow()
                    .build();
        }

        /**
         * One handler call. Whatever it throws, the JVM's own errors too (a StackOverflowError of
         * one handler says nothing about the next), goes to the context, and the next handler runs.
         */
        private CodeBlock call(HandlerCall call, Map<ParameterKind, String> locals) {
            CodeBlock arguments = call.arguments().stream()
                    .map(argument -> CodeBlock.of("$L", switch (argument.kind()) {
                        case DAEMON_EVENT -> "event";
                        case DAEMON_CLIENT -> "context.daemon()";
                        case DISPATCH_ERROR -> "error";
                        default -> locals.get(argument.kind());
                    }))
                    .collect(CodeBlock.joining(", "));
            return CodeBlock.builder()
                    .beginControlFlow("try")
                    .addStatement("handlers.$L($L)", call.method(), arguments)
                    .nextControlFlow("catch ($T e)", Throwable.class)
                    .addStatement("$T.handlerFailed(context, $S, e)", GENERATED_DISPATCH,
                            plan.interfaceName() + "." + call.method())
                    .endControlFlow()
                    .build();
        }
    }

    /** {@code daemon_account_info} is handled by {@code onAccountInfo}. */
    static String methodName(String daemonType) {
        StringBuilder name = new StringBuilder("on");
        for (String word : daemonType.replaceFirst("^daemon_", "").split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** {@code content.created.html-document} is handled by {@code onContentCreatedHtmlDocument}. */
    static String tlmMethodName(String eventType) {
        StringBuilder name = new StringBuilder("on");
        for (String word : eventType.split("[._\\-]")) {
            if (!word.isEmpty() && Character.isJavaIdentifierStart(word.charAt(0))) {
                name.append(Character.toUpperCase(word.charAt(0)));
                word.substring(1).chars().filter(Character::isJavaIdentifierPart).forEach(c -> name.append((char) c));
            }
        }
        return name.toString();
    }

    /** One value a generated method has in scope and hands to the methods it spreads its calls over. */
    private record Local(TypeName type, String name) {}

    private static String variable(ClassName type) {
        String simple = type.simpleName();
        return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
    }
}
