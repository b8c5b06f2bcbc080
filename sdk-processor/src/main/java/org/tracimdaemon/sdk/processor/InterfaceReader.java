package org.tracimdaemon.sdk.processor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.tracimdaemon.sdk.OnEvent;
import org.tracimdaemon.sdk.TracimPlugin;

/**
 * Reads a handler interface from its elements into plain records; judges nothing.
 *
 * <pre>{@code
 * HandlerInterface read = new InterfaceReader(optionExtras, elementUtils, typeUtils).read(typeElement);
 * }</pre>
 */
final class InterfaceReader {
    static final String EXTRA_CONTENT_TYPES_OPTION = "tracim.extraContentTypes";
    static final String EXTRA_EVENT_TYPES_OPTION = "tracim.extraEventTypes";

    private final ExtraTypes optionExtras;
    private final Elements elements;
    private final Types types;

    InterfaceReader(ExtraTypes optionExtras, Elements elements, Types types) {
        this.optionExtras = optionExtras;
        this.elements = elements;
        this.types = types;
    }

    /** Whether an interface inherits some {@code @OnEvent} method, so that it needs a dispatcher of its own. */
    static boolean inheritsHandlers(TypeElement type) {
        return type.getKind() == ElementKind.INTERFACE && superinterfaces(type).stream()
                .flatMap(parent -> ElementFilter.methodsIn(parent.getEnclosedElements()).stream())
                .anyMatch(method -> mirror(method, OnEvent.class.getCanonicalName()).isPresent());
    }

    /** Every superinterface, transitively, in the order the extends clauses name them, each once. */
    private static List<TypeElement> superinterfaces(TypeElement type) {
        List<TypeElement> out = new ArrayList<>();
        collectSuperinterfaces(type, out);
        return out;
    }

    private static void collectSuperinterfaces(TypeElement type, List<TypeElement> out) {
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                    && !out.contains(element)) {
                collectSuperinterfaces(element, out);
                if (!out.contains(element)) {
                    out.add(element);
                }
            }
        }
    }

    /** The extra types given as processor options, {@code -Atracim.extraContentTypes=a,b}. */
    static ExtraTypes readOptions(Map<String, String> options) {
        return new ExtraTypes(
                fromOption(options.get(EXTRA_CONTENT_TYPES_OPTION), EXTRA_CONTENT_TYPES_OPTION),
                fromOption(options.get(EXTRA_EVENT_TYPES_OPTION), EXTRA_EVENT_TYPES_OPTION));
    }

    /**
     * Whether some handler's parameter or return type is not resolved yet, perhaps because another
     * processor generates it in a later round.
     */
    static boolean hasUnresolvedTypes(TypeElement type) {
        return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .anyMatch(method -> method.getReturnType().getKind() == TypeKind.ERROR
                        || method.getParameters().stream().anyMatch(p -> p.asType().getKind() == TypeKind.ERROR));
    }

    HandlerInterface read(TypeElement type) {
        List<String> names = new ArrayList<>();
        List<HandlerInterface.Placement> problems = new ArrayList<>();
        if (type.getKind() != ElementKind.INTERFACE) {
            problems.add(HandlerInterface.Placement.NOT_AN_INTERFACE);
        }
        if (!type.getTypeParameters().isEmpty()) {
            problems.add(HandlerInterface.Placement.GENERIC);
        }
        Element enclosing = type;
        while (enclosing instanceof TypeElement typeElement) {
            names.add(0, typeElement.getSimpleName().toString());
            if (typeElement.getModifiers().contains(Modifier.PRIVATE)
                    && !problems.contains(HandlerInterface.Placement.PRIVATE)) {
                problems.add(HandlerInterface.Placement.PRIVATE);
            }
            enclosing = typeElement.getEnclosingElement();
        }
        String packageName = enclosing instanceof PackageElement pkg ? pkg.getQualifiedName().toString() : "";
        // Superinterfaces' methods first, then the type's own; whatever the type overrides drops out.
        List<ExecutableElement> all = new ArrayList<>();
        for (TypeElement parent : type.getKind() == ElementKind.INTERFACE ? superinterfaces(type) : List.<TypeElement>of()) {
            all.addAll(ElementFilter.methodsIn(parent.getEnclosedElements()));
        }
        all.addAll(ElementFilter.methodsIn(type.getEnclosedElements()));
        List<ExecutableElement> objectMethods = ElementFilter.methodsIn(
                elements.getTypeElement(Object.class.getCanonicalName()).getEnclosedElements());
        List<HandlerMethod> methods = new ArrayList<>();
        List<ExecutableElement> kept = new ArrayList<>();
        for (ExecutableElement method : all) {
            boolean overridden = all.stream().anyMatch(other -> overrides(other, method, type));
            boolean fromObject = objectMethods.stream().anyMatch(object -> elements.overrides(method, object, type));
            if (overridden || fromObject || (!method.getEnclosingElement().equals(type)
                    && (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)))) {
                continue;
            }
            Optional<String> overriddenHandler = all.stream()
                    .filter(other -> overrides(method, other, type)
                            && mirror(other, OnEvent.class.getCanonicalName()).isPresent())
                    .map(other -> ((TypeElement) other.getEnclosingElement()).getSimpleName() + "." + other.getSimpleName())
                    .findFirst();
            kept.add(method);
            methods.add(method(method, type, overriddenHandler));
        }
        List<String> ambiguous = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
                if (sameSignature(kept.get(i), kept.get(j), type)) {
                    ambiguous.add(kept.get(i).getSimpleName() + "(...) from "
                            + kept.get(i).getEnclosingElement().getSimpleName() + " and "
                            + kept.get(j).getEnclosingElement().getSimpleName());
                }
            }
        }
        return new HandlerInterface(packageName, names, problems, methods, ambiguous,
                pluginExtras(type).plus(optionExtras), type);
    }

    /**
     * Whether {@code overrider} overrides {@code overridden} in {@code type}. ecj's
     * {@link Elements#overrides} answers true both ways for an interface method and its
     * redeclaration in a subinterface; only a method of a subtype overrides one of its supertype.
     */
    private boolean overrides(ExecutableElement overrider, ExecutableElement overridden, TypeElement type) {
        Element sub = overrider.getEnclosingElement();
        Element sup = overridden.getEnclosingElement();
        return !sub.equals(sup) && types.isSubtype(types.erasure(sub.asType()), types.erasure(sup.asType()))
                && elements.overrides(overrider, overridden, type);
    }

    private boolean sameSignature(ExecutableElement a, ExecutableElement b, TypeElement type) {
        if (!a.getSimpleName().contentEquals(b.getSimpleName()) || a.getParameters().size() != b.getParameters().size()) {
            return false;
        }
        var aType = (javax.lang.model.type.ExecutableType) types.asMemberOf((DeclaredType) type.asType(), a);
        var bType = (javax.lang.model.type.ExecutableType) types.asMemberOf((DeclaredType) type.asType(), b);
        for (int i = 0; i < aType.getParameterTypes().size(); i++) {
            if (!types.isSameType(types.erasure(aType.getParameterTypes().get(i)), types.erasure(bType.getParameterTypes().get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static HandlerMethod method(ExecutableElement method, TypeElement type, Optional<String> overriddenHandler) {
        Optional<AnnotationMirror> onEvent = mirror(method, OnEvent.class.getCanonicalName());
        List<EventValue> values = onEvent
                .flatMap(mirror -> value(mirror, "value"))
                .map(value -> strings(value, (text, source) -> new EventValue(EventPattern.parse(text), source)))
                .orElse(List.of());
        List<HandlerParameter> parameters = method.getParameters().stream().map(InterfaceReader::parameter).toList();
        return new HandlerMethod(
                method.getSimpleName().toString(),
                method.getModifiers(),
                method.getReturnType().getKind() == TypeKind.VOID,
                method.getReturnType().toString(),
                !method.getTypeParameters().isEmpty(),
                parameters,
                onEvent,
                values,
                method,
                method.getEnclosingElement().getSimpleName().toString(),
                !method.getEnclosingElement().equals(type),
                overriddenHandler);
    }

    private static HandlerParameter parameter(VariableElement parameter) {
        TypeMirror type = parameter.asType();
        // Messages show java.util.List<java.lang.String> as List<String>.
        String shown = type.toString().replaceAll("\\b[a-z_][\\w]*\\.", "");
        if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement() instanceof TypeElement element) {
            return new HandlerParameter(
                    parameter.getSimpleName().toString(), element.getQualifiedName().toString(), shown, parameter);
        }
        return new HandlerParameter(parameter.getSimpleName().toString(), type.toString(), shown, parameter);
    }

    private static ExtraTypes pluginExtras(TypeElement type) {
        Optional<AnnotationMirror> plugin = mirror(type, TracimPlugin.class.getCanonicalName());
        if (plugin.isEmpty()) {
            return ExtraTypes.NONE;
        }
        AnnotationMirror mirror = plugin.get();
        return new ExtraTypes(
                extras(mirror, "extraContentTypes"),
                extras(mirror, "extraEventTypes"));
    }

    private static List<ExtraTypes.Extra> extras(AnnotationMirror mirror, String attribute) {
        String origin = "@TracimPlugin(" + attribute + ")";
        return value(mirror, attribute)
                .map(value -> strings(value, (text, source) ->
                        new ExtraTypes.Extra(text, origin, Optional.of(mirror), Optional.of(source))))
                .orElse(List.of());
    }

    private static List<ExtraTypes.Extra> fromOption(String option, String name) {
        if (option == null) {
            return List.of();
        }
        return Arrays.stream(option.split(","))
                .map(String::trim)
                .filter(text -> !text.isEmpty())
                .map(text -> new ExtraTypes.Extra(text, "-A" + name, Optional.empty(), Optional.empty()))
                .toList();
    }

    private static Optional<AnnotationMirror> mirror(Element element, String annotation) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> ((TypeElement) mirror.getAnnotationType().asElement())
                        .getQualifiedName().contentEquals(annotation))
                .map(mirror -> (AnnotationMirror) mirror)
                .findFirst();
    }

    private static Optional<AnnotationValue> value(AnnotationMirror mirror, String attribute) {
        return mirror.getElementValues().entrySet().stream()
                .filter(entry -> entry.getKey().getSimpleName().contentEquals(attribute))
                .map(entry -> (AnnotationValue) entry.getValue())
                .findFirst();
    }

    /** The strings of an array-valued attribute, each with its own value for error carets. */
    private static <T> List<T> strings(AnnotationValue value, BiFunction<String, AnnotationValue, T> make) {
        List<T> out = new ArrayList<>();
        if (value.getValue() instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof AnnotationValue element && element.getValue() instanceof String text) {
                    out.add(make.apply(text, element));
                }
            }
        } else if (value.getValue() instanceof String text) {
            out.add(make.apply(text, value));
        }
        return out;
    }
}
