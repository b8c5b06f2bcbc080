package org.tracimdaemon.sdk.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.TracimPlugin;

/**
 * Checks every interface with {@code @OnEvent} methods (or marked {@code @TracimPlugin}) and
 * writes its {@code <Interface>Dispatcher}. Reads, validates, writes; nothing more.
 *
 * <p>Options, for Tracim event types newer than the catalogue (see {@link TracimPlugin}):
 * {@code -Atracim.extraContentTypes=calendar,board} and
 * {@code -Atracim.extraEventTypes=workspace_report.created}.
 */
@AutoService(Processor.class)
public final class OnEventProcessor extends AbstractProcessor {
    private final Consumer<TypeElement> beforeEach;
    private ExtraTypes optionExtras = ExtraTypes.NONE;
    private boolean optionsChecked;
    private final Set<String> deferred = new LinkedHashSet<>();
    /** Each dispatcher written in this compile, by qualified name, with the interface it calls. */
    private final java.util.Map<String, String> dispatcherOwners = new java.util.HashMap<>();

    /** Called by javac, which finds the processor through {@code META-INF/services}; not for plugin code. */
    public OnEventProcessor() {
        this(type -> {});
    }

    /** For tests: {@code beforeEach} runs as each interface is processed, e.g. to fail like a bug would. */
    OnEventProcessor(Consumer<TypeElement> beforeEach) {
        this.beforeEach = beforeEach;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // Generated too: the dispatchers carry it, and an annotation no processor claims is a
        // -Xlint:processing warning, which fails the plugin's build under -Werror.
        return Set.of(OnEvent.class.getCanonicalName(), TracimPlugin.class.getCanonicalName(),
                "javax.annotation.processing.Generated");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(InterfaceReader.EXTRA_CONTENT_TYPES_OPTION, InterfaceReader.EXTRA_EVENT_TYPES_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!optionsChecked) {
            optionsChecked = true;
            optionExtras = InterfaceReader.readOptions(processingEnv.getOptions());
            HandlerValidator.checkOptions(processingEnv.getOptions().keySet(), getSupportedOptions(), optionExtras)
                    .printTo(processingEnv.getMessager());
        }
        Set<TypeElement> types = new LinkedHashSet<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        deferred.clear();
        for (Element method : round.getElementsAnnotatedWith(OnEvent.class)) {
            if (method.getEnclosingElement() instanceof TypeElement type) {
                types.add(type);
            }
        }
        // An interface whose handlers are all inherited carries no annotation of its own.
        for (Element root : round.getRootElements()) {
            addInheritingInterfaces(root, types);
        }
        for (Element type : round.getElementsAnnotatedWith(TracimPlugin.class)) {
            if (type instanceof TypeElement typeElement) {
                types.add(typeElement);
            }
        }
        for (TypeElement type : inRootOrder(types, round)) {
            if (InterfaceReader.hasUnresolvedTypes(type)) {
                // Another processor may generate the missing type in a later round; if none does,
                // javac reports it as missing, and a second error from us would only be noise.
                deferred.add(type.getQualifiedName().toString());
            } else {
                process(type);
            }
        }
        return true; // claimed, so -Xlint:processing stays quiet
    }

    /**
     * {@code types} in the order of the round's root elements, those of earlier rounds first. ecj's
     * getElementsAnnotatedWith comes in no fixed order, so that, of two interfaces with one
     * dispatcher name, which one got the error changed from one ecj build to the next.
     */
    private static List<TypeElement> inRootOrder(Set<TypeElement> types, RoundEnvironment round) {
        List<TypeElement> walked = new ArrayList<>();
        for (Element root : round.getRootElements()) {
            walk(root, types, walked);
        }
        List<TypeElement> ordered = new ArrayList<>(types);
        ordered.removeAll(walked);
        ordered.addAll(walked);
        return ordered;
    }

    private static void walk(Element element, Set<TypeElement> types, List<TypeElement> into) {
        if (element instanceof TypeElement type) {
            if (types.contains(type) && !into.contains(type)) {
                into.add(type);
            }
            type.getEnclosedElements().forEach(enclosed -> walk(enclosed, types, into));
        }
    }

    private static void addInheritingInterfaces(Element element, Set<TypeElement> into) {
        if (element instanceof TypeElement type) {
            if (InterfaceReader.inheritsHandlers(type)) {
                into.add(type);
            }
            type.getEnclosedElements().forEach(enclosed -> addInheritingInterfaces(enclosed, into));
        }
    }

    /** One interface; an internal failure becomes one error on it, never an exception out of javac. */
    private void process(TypeElement type) {
        try {
            beforeEach.accept(type);
            HandlerInterface handlerInterface = new InterfaceReader(optionExtras, processingEnv.getElementUtils(),
                    processingEnv.getTypeUtils()).read(type);
            HandlerValidator.Result result = new HandlerValidator().validate(handlerInterface);
            result.report().printTo(processingEnv.getMessager());
            if (result.plan().isPresent() && nameIsFree(type, handlerInterface)) {
                new DispatcherWriter(OnEventProcessor.class.getName())
                        .write(result.plan().get(), type, isVisible(type), deprecationWarnings(type, handlerInterface))
                        .writeTo(processingEnv.getFiler());
            }
        } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Messages.INTERNAL_ERROR.format(type.getQualifiedName(), Optional.ofNullable(e.getMessage())
                            .map(message -> e.getClass().getName() + ": " + message)
                            .orElse(e.getClass().getName())),
                    type);
        }
    }

    /**
     * The warnings the dispatcher's code raises, to suppress there: it names the interface (and the
     * types around it), calls the handlers and names their parameters' types. javac never minds a
     * needless {@code @SuppressWarnings}, but ecj warns of each, so name only those it needs; a
     * method of a deprecated type counts as deprecated, as ecj sees it.
     */
    private List<String> deprecationWarnings(TypeElement type, HandlerInterface handlerInterface) {
        List<Element> used = new ArrayList<>();
        for (Element element = type; element instanceof TypeElement; element = element.getEnclosingElement()) {
            used.add(element);
        }
        for (HandlerMethod method : handlerInterface.methods()) {
            if (method.isHandler()) {
                for (Element element = method.element(); element instanceof ExecutableElement
                        || element instanceof TypeElement; element = element.getEnclosingElement()) {
                    used.add(element);
                }
                for (HandlerParameter parameter : method.parameters()) {
                    Element parameterType = processingEnv.getTypeUtils().asElement(parameter.element().asType());
                    for (Element element = parameterType; element instanceof TypeElement;
                            element = element.getEnclosingElement()) {
                        used.add(element);
                    }
                }
            }
        }
        boolean deprecation = false;
        boolean removal = false;
        for (Element element : used) {
            if (processingEnv.getElementUtils().isDeprecated(element)) {
                Deprecated deprecated = element.getAnnotation(Deprecated.class);
                if (deprecated != null && deprecated.forRemoval()) {
                    removal = true;
                } else {
                    deprecation = true;
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        if (deprecation) {
            warnings.add("deprecation");
        }
        if (removal) {
            warnings.add("removal");
        }
        return warnings;
    }

    /**
     * Whether the dispatcher's name is free: no class of the plugin has it, and no other
     * interface of this compile gets it ({@code Outer.Watcher} and {@code Outer_Watcher}).
     */
    private boolean nameIsFree(TypeElement type, HandlerInterface handlerInterface) {
        String qualified = handlerInterface.packageName().isEmpty() ? handlerInterface.dispatcherName()
                : handlerInterface.packageName() + "." + handlerInterface.dispatcherName();
        String previous = dispatcherOwners.putIfAbsent(qualified, handlerInterface.referenceName());
        String holder = null;
        if (previous != null) {
            holder = "the dispatcher of " + previous;
        } else {
            TypeElement existing = processingEnv.getElementUtils().getTypeElement(qualified);
            if (existing != null && !isOurs(existing)) {
                holder = "a " + existing.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " of that name";
            }
        }
        if (holder == null) {
            return true;
        }
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Messages.DISPATCHER_NAME_TAKEN.format(
                handlerInterface.referenceName(), qualified, holder), type);
        return false;
    }

    /** A dispatcher an earlier build wrote, seen again as a source (a stale generated file). */
    private static boolean isOurs(TypeElement existing) {
        return existing.getAnnotationMirrors().stream().anyMatch(mirror ->
                mirror.getAnnotationType().toString().equals("javax.annotation.processing.Generated")
                        && mirror.getElementValues().values().stream()
                                .anyMatch(value -> OnEventProcessor.class.getName().equals(value.getValue())));
    }

    private static boolean isVisible(TypeElement type) {
        for (Element element = type; element instanceof TypeElement; element = element.getEnclosingElement()) {
            if (!element.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }
}
