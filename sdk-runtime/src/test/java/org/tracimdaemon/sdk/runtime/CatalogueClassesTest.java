package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.catalogue.ObjectShape;
import org.tracimdaemon.sdk.catalogue.RuntimeClasses;
import org.tracimdaemon.sdk.catalogue.TlmEventType;
import org.tracimdaemon.sdk.runtime.dispatch.GeneratedDispatch;

/**
 * The catalogue names runtime classes as strings (the annotations module cannot see them): every
 * name must be a real class, and every payload must have the accessor the generated code calls.
 */
class CatalogueClassesTest {

    private static List<String> runtimeClassNames() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : RuntimeClasses.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    @Test
    void everyClassTheCatalogueNamesExists() throws IllegalAccessException {
        List<String> names = runtimeClassNames();
        assertTrue(names.size() >= 35, "found " + names.size());
        for (String name : names) {
            assertDoesNotThrow(() -> Class.forName(name), name);
        }
        for (ObjectShape shape : ObjectShape.values()) {
            assertDoesNotThrow(() -> Class.forName(shape.javaClass()), shape.javaClass());
        }
    }

    @Test
    void theClassesGeneratedCodeCallsAreNamedRight() {
        assertEquals(EventDispatcher.class.getName(), RuntimeClasses.EVENT_DISPATCHER);
        assertEquals(DispatchContext.class.getName(), RuntimeClasses.DISPATCH_CONTEXT);
        assertEquals(GeneratedDispatch.class.getName(), RuntimeClasses.GENERATED_DISPATCH);
    }

    @Test
    void everyTlmPayloadHasItsMainFieldAccessorReturningTheMainShape() throws ReflectiveOperationException {
        for (TlmEventType type : EventCatalogue.tlmTypes()) {
            Class<?> payload = Class.forName(type.payloadClass());
            Method main = payload.getMethod(camelCase(type.mainField()));
            Class<?> mainShape = Class.forName(type.mainObject().javaClass());
            boolean optional = type.nullableFields().contains(type.mainField());
            assertTrue(optional ? main.getReturnType() == java.util.Optional.class
                    : main.getReturnType().isAssignableFrom(mainShape), type.name() + " " + main);
            assertEquals(java.util.Optional.class, payload.getMethod("author").getReturnType(), type.name());
            assertEquals(java.util.Optional.class, payload.getMethod("clientToken").getReturnType(), type.name());
        }
    }

    @Test
    void everyFieldKeyOfEveryPayloadIsAnAccessor() throws ReflectiveOperationException {
        for (TlmEventType type : EventCatalogue.tlmTypes()) {
            Class<?> payload = Class.forName(type.payloadClass());
            for (String key : type.fields()) {
                assertDoesNotThrow(() -> payload.getMethod(camelCase(key)), type.name() + " " + key);
            }
            assertEquals(type.fields().size(), payload.getRecordComponents().length, type.name());
        }
    }

    /** {@code user_call} is {@code userCall}: written independently of the processor's loop, as an oracle for it. */
    private static String camelCase(String snake) {
        return Pattern.compile("_([a-z0-9])").matcher(snake)
                .replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
    }
}
