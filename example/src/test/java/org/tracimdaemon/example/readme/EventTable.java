package org.tracimdaemon.example.readme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracimdaemon.sdk.catalogue.DaemonMessageType;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.catalogue.Reach;
import org.tracimdaemon.sdk.catalogue.TlmEventType;

/** README's table of event types and payloads, written from {@link EventCatalogue}, the one source of truth. */
final class EventTable {
    private EventTable() {}

    static String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| `@OnEvent` value | payload record | main object, also accepted alone | other keys of `fields` |\n");
        table.append("| --- | --- | --- | --- |\n");
        for (Map.Entry<String, List<TlmEventType>> row : rows().entrySet()) {
            TlmEventType first = row.getValue().get(0);
            List<String> names = new ArrayList<>();
            for (TlmEventType type : row.getValue()) {
                names.add("`" + type.name() + "`" + note(type.reach()));
            }
            List<String> others = new ArrayList<>();
            for (String field : first.fields()) {
                if (!field.equals(first.mainField()) && !field.equals("author") && !field.equals("client_token")) {
                    others.add("`" + field + "`");
                }
            }
            table.append("| ").append(String.join(", ", names))
                    .append(" | `").append(simpleName(first.payloadClass()))
                    .append("` | `").append(simpleName(first.mainObject().javaClass()))
                    .append("` (`").append(first.mainField()).append("`)")
                    .append(" | ").append(others.isEmpty() ? "" : String.join(", ", others)).append(" |\n");
        }
        table.append("\n| `@OnEvent` value | payload record | when |\n| --- | --- | --- |\n");
        for (DaemonMessageType type : EventCatalogue.daemonTypes()) {
            if (!type.reachesPlugins()) {
                continue;
            }
            table.append("| `").append(type.name()).append("` | ")
                    .append(type.payloadClass().map(name -> "`" + simpleName(name) + "`").orElse("none"))
                    .append(" | ").append(when(type.name())).append(" |\n");
        }
        return table.toString();
    }

    /** One row per entity, and for contents one per content type: the payload is the same along a row. */
    private static Map<String, List<TlmEventType>> rows() {
        Map<String, List<TlmEventType>> rows = new LinkedHashMap<>();
        for (TlmEventType type : EventCatalogue.tlmTypes()) {
            String key = type.entity() + type.contentType().map(content -> "." + content).orElse("");
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(type);
        }
        return rows;
    }

    private static String note(Reach reach) {
        return switch (reach) {
            case API -> "";
            case WEBDAV -> " (WebDAV only)";
            case INTERNAL -> " (never sent in practice)";
        };
    }

    /** Written by hand: the catalogue knows directions, not occasions. A new daemon type fails here until described. */
    private static String when(String daemonType) {
        return switch (daemonType) {
            case "daemon_ping" -> "the daemon's keep-alive, every 30 s; the SDK answers it itself";
            case "daemon_pong" -> "the answer to `DaemonClient.ping()`";
            case "daemon_ack" -> "the daemon's answer to a pong or to a type it does not handle";
            case "daemon_account_info" -> "on registration, and the answer to `accountInfo()`";
            case "daemon_clients" -> "the answer to `clients()`";
            case "daemon_request_result" -> "the answer to `request(...)`, when there is one";
            case "daemon_tracim_event" -> "every Tracim event, before the handlers of its TLM type above";
            case "daemon_client_added" -> "a plugin registered (this one too)";
            case "daemon_client_deleted" -> "a plugin unregistered";
            case "custom_message" -> "every message received (defined by the SDK, never on the wire)";
            case "custom_error" -> "a message could not be handled (defined by the SDK, never on the wire)";
            default -> throw new AssertionError("describe daemon type " + daemonType + " in EventTable.when");
        };
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
