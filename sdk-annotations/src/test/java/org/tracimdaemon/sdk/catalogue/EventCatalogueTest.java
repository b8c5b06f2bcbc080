package org.tracimdaemon.sdk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proves the Java catalogue says what Tracim's catalogue (tlm-catalogue.json) says, entry for entry. */
class EventCatalogueTest {
    private static JsonNode json;

    @BeforeAll
    static void readTracimCatalogue() throws IOException {
        try (InputStream in = EventCatalogueTest.class.getResourceAsStream("/tlm-catalogue.json")) {
            json = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void hasTheSixtyFiveTracimEventTypesInCatalogueOrder() {
        List<String> expected = new ArrayList<>();
        json.get("event_types").forEach(e -> expected.add(e.get("type").asText()));
        List<String> actual = EventCatalogue.tlmTypes().stream().map(TlmEventType::name).toList();
        assertEquals(65, actual.size());
        assertEquals(expected, actual);
    }

    @Test
    void everyEventTypeHasTracimsPartsReachFieldsAndShapes() {
        for (JsonNode entry : json.get("event_types")) {
            String name = entry.get("type").asText();
            TlmEventType type = EventCatalogue.tlm(name).orElseThrow();
            assertEquals(entry.get("entity").asText(), type.entity(), name);
            assertEquals(entry.get("operation").asText(), type.operation(), name);
            assertEquals(entry.get("subtype").isNull() ? null : entry.get("subtype").asText(),
                    type.contentType().orElse(null), name);
            assertEquals(entry.get("reach").asText().toUpperCase(), type.reach().name(), name);
            assertEquals(strings(entry.get("fields")), type.fields(), name);
            assertEquals(new HashSet<>(strings(entry.get("nullable_fields"))), type.nullableFields(), name);
            assertEquals(tracimShapes(entry.get("shapes")), catalogueNames(type.shapes()), name);
        }
    }

    @Test
    void contentTypesAliasesAndOperationsMatch() {
        assertEquals(strings(json.get("content_types")), EventCatalogue.CONTENT_TYPES);
        assertEquals(strings(json.get("operations")), EventCatalogue.OPERATIONS);
        assertEquals(strings(json.get("entity_types")), EventCatalogue.entities());
        Map<String, String> aliases = new TreeMap<>();
        json.get("content_type_aliases_not_emitted").properties()
                .forEach(e -> aliases.put(e.getKey(), e.getValue().asText()));
        assertEquals(aliases, new TreeMap<>(EventCatalogue.CONTENT_TYPE_ALIASES));
    }

    @Test
    void everyObjectShapeIsOneTracimDefines() {
        Set<String> tracimObjects = new HashSet<>();
        json.get("objects").fieldNames().forEachRemaining(tracimObjects::add);
        for (ObjectShape shape : ObjectShape.values()) {
            if (shape != ObjectShape.ANY_CONTENT) {
                assertTrue(tracimObjects.contains(shape.catalogueName()), shape.catalogueName());
            }
        }
    }

    @Test
    void tlmTypesConstantsAreExactlyTheCatalogue() throws IllegalAccessException {
        Set<String> constants = stringConstants(TlmTypes.class);
        Set<String> catalogue = new TreeSet<>();
        EventCatalogue.tlmTypes().forEach(t -> catalogue.add(t.name()));
        assertEquals(catalogue, constants);
    }

    @Test
    void daemonTypesConstantsAreExactlyTheCatalogue() throws IllegalAccessException {
        Set<String> catalogue = new TreeSet<>();
        EventCatalogue.daemonTypes().forEach(t -> catalogue.add(t.name()));
        assertEquals(catalogue, stringConstants(DaemonTypes.class));
        assertEquals(16, catalogue.size());
    }

    @Test
    void aPluginReceivesEverythingButWhatPluginsSend() {
        assertTrue(EventCatalogue.daemon("daemon_ping").orElseThrow().reachesPlugins());
        assertTrue(EventCatalogue.daemon("custom_message").orElseThrow().reachesPlugins());
        assertEquals(false, EventCatalogue.daemon("daemon_client_add").orElseThrow().reachesPlugins());
        assertEquals(RuntimeClasses.ACCOUNT_INFO_DATA,
                EventCatalogue.daemon("daemon_account_info").orElseThrow().payloadClass().orElseThrow());
    }

    @Test
    void contentEventsNameTheirShapeAndOtherEventsTheirMainObject() {
        assertEquals(ObjectShape.FILE_CONTENT, EventCatalogue.tlm("content.created.file").orElseThrow().mainObject());
        assertEquals(ObjectShape.COMMENT, EventCatalogue.tlm("content.deleted.comment").orElseThrow().mainObject());
        assertEquals(ObjectShape.TAG, EventCatalogue.tlm("content_tag.created").orElseThrow().mainObject());
        assertEquals(ObjectShape.MEMBER, EventCatalogue.tlm("workspace_member.modified").orElseThrow().mainObject());
        assertEquals(RuntimeClasses.CONTENT_EVENT, EventCatalogue.tlm("content.copied.kanban").orElseThrow().payloadClass());
        assertTrue(EventCatalogue.tlm("content.copied.todo").isEmpty());
        assertTrue(EventCatalogue.tlm("content.moved.file").isEmpty());
    }

    /** Tracim writes shapes as prose ("Workspace (with description)", "one of A | B"): keep the object name. */
    private static Map<String, String> tracimShapes(JsonNode shapes) {
        Map<String, String> names = new LinkedHashMap<>();
        shapes.properties().forEach(e -> {
            String text = e.getValue().asText();
            names.put(e.getKey(), text.contains("|") ? "Content" : text.split("[ (]")[0]);
        });
        return names;
    }

    private static Map<String, String> catalogueNames(Map<String, ObjectShape> shapes) {
        Map<String, String> names = new LinkedHashMap<>();
        shapes.forEach((key, shape) -> names.put(key, shape.catalogueName()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> stringConstants(Class<?> holder) throws IllegalAccessException {
        Set<String> values = new TreeSet<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
