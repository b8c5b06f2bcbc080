package org.tracimdaemon.sdk.catalogue;

import static org.tracimdaemon.sdk.catalogue.ObjectShape.ANY_CONTENT;
import static org.tracimdaemon.sdk.catalogue.ObjectShape.MEMBER;
import static org.tracimdaemon.sdk.catalogue.ObjectShape.MENTION;
import static org.tracimdaemon.sdk.catalogue.ObjectShape.REACTION;
import static org.tracimdaemon.sdk.catalogue.ObjectShape.SUBSCRIPTION;
import static org.tracimdaemon.sdk.catalogue.ObjectShape.TAG;
import static org.tracimdaemon.sdk.catalogue.ObjectShape.USER;
import static org.tracimdaemon.sdk.catalogue.ObjectShape.USER_CALL;
import static org.tracimdaemon.sdk.catalogue.ObjectShape.USER_CONFIG;
import static org.tracimdaemon.sdk.catalogue.ObjectShape.WORKSPACE;
import static org.tracimdaemon.sdk.catalogue.Reach.API;
import static org.tracimdaemon.sdk.catalogue.Reach.INTERNAL;
import static org.tracimdaemon.sdk.catalogue.Reach.WEBDAV;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one catalogue of event types that the processor checks handlers against and the runtime
 * decodes by: Tracim's 65 TLM event types (Tracim 2025-04, TLM.md) and the daemon's message
 * types (PROTOCOL.md).
 *
 * <pre>{@code
 * TlmEventType type = EventCatalogue.tlm("content.created.file").orElseThrow();
 * type.mainObject();   // ObjectShape.FILE_CONTENT
 * }</pre>
 */
public final class EventCatalogue {
    private EventCatalogue() {}

    /** Content type slugs, as they appear in event types. */
    public static final List<String> CONTENT_TYPES = List.of(
            "html-document", "file", "folder", "thread", "comment", "kanban", "logbook", "todo");

    /** Names Tracim's REST API accepts for content types but never sends in a TLM. */
    public static final Map<String, String> CONTENT_TYPE_ALIASES = Map.of(
            "page", "html-document",
            "journal", "logbook");

    /**
     * The operations of content events: every content type has events for each (but comments and
     * todos are never copied); also those a content type named in {@code extraContentTypes} gets.
     */
    public static final List<String> CONTENT_OPERATIONS = List.of("created", "modified", "deleted", "undeleted", "copied");

    /** Operations, including {@code moved}, which Tracim defines but never emits. */
    public static final List<String> OPERATIONS = Stream.concat(CONTENT_OPERATIONS.stream(), Stream.of("moved")).toList();

    private static final List<TlmEventType> TLM_TYPES = buildTlmTypes();
    private static final Map<String, TlmEventType> TLM_BY_NAME = index(TLM_TYPES, TlmEventType::name);
    private static final List<DaemonMessageType> DAEMON_TYPES = buildDaemonTypes();
    private static final Map<String, DaemonMessageType> DAEMON_BY_NAME =
            index(DAEMON_TYPES, DaemonMessageType::name);

    /**
     * Every Tracim event type, in catalogue order.
     *
     * @return an unmodifiable list
     */
    public static List<TlmEventType> tlmTypes() {
        return TLM_TYPES;
    }

    /**
     * Every daemon message type, in protocol order.
     *
     * @return an unmodifiable list
     */
    public static List<DaemonMessageType> daemonTypes() {
        return DAEMON_TYPES;
    }

    /**
     * The Tracim event type of that exact name, e.g. {@code user.modified}.
     *
     * @param name a whole event type, no pattern
     * @return the type, or empty when the catalogue has none of that name
     */
    public static Optional<TlmEventType> tlm(String name) {
        return Optional.ofNullable(TLM_BY_NAME.get(name));
    }

    /**
     * The daemon message type of that exact name, e.g. {@code daemon_ping}.
     *
     * @param name a whole message type
     * @return the type, or empty when the protocol has none of that name
     */
    public static Optional<DaemonMessageType> daemon(String name) {
        return Optional.ofNullable(DAEMON_BY_NAME.get(name));
    }

    /**
     * The entities, in catalogue order ({@code user}, {@code workspace}, ...).
     *
     * @return an unmodifiable list
     */
    public static List<String> entities() {
        return TLM_TYPES.stream().map(TlmEventType::entity).distinct().toList();
    }

    private static List<TlmEventType> buildTlmTypes() {
        List<TlmEventType> types = new ArrayList<>();
        Entity user = new Entity("user", RuntimeClasses.USER_EVENT, "user").field("user", USER);
        user.emit(types, API, "created", "modified", "deleted", "undeleted");
        Entity workspace = new Entity("workspace", RuntimeClasses.WORKSPACE_EVENT, "workspace")
                .field("workspace", WORKSPACE);
        workspace.emit(types, API, "created", "modified", "deleted", "undeleted");
        Entity member = new Entity("workspace_member", RuntimeClasses.WORKSPACE_MEMBER_EVENT, "member")
                .nullableField("user", USER).field("workspace", WORKSPACE).field("member", MEMBER);
        member.emit(types, API, "created", "modified", "deleted");
        Entity subscription = new Entity(
                        "workspace_subscription", RuntimeClasses.WORKSPACE_SUBSCRIPTION_EVENT, "subscription")
                .field("workspace", WORKSPACE).field("subscription", SUBSCRIPTION).field("user", USER);
        subscription.emit(types, API, "created", "modified");
        subscription.emit(types, INTERNAL, "deleted");
        for (String operation : CONTENT_OPERATIONS) {
            for (String contentType : CONTENT_TYPES) {
                boolean copied = operation.equals("copied");
                if (copied && (contentType.equals("comment") || contentType.equals("todo"))) {
                    continue; // WebDAV cannot copy comments or todos
                }
                new Entity("content", RuntimeClasses.CONTENT_EVENT, "content")
                        .field("content", ObjectShape.ofContentType(contentType))
                        .field("workspace", WORKSPACE)
                        .emitContent(types, copied ? WEBDAV : API, operation, contentType);
            }
        }
        new Entity("mention", RuntimeClasses.MENTION_EVENT, "mention")
                .field("mention", MENTION).field("content", ANY_CONTENT).field("workspace", WORKSPACE)
                .emit(types, API, "created");
        Entity reaction = new Entity("reaction", RuntimeClasses.REACTION_EVENT, "reaction")
                .field("workspace", WORKSPACE).field("reaction", REACTION).field("user", USER)
                .field("content", ANY_CONTENT);
        reaction.emit(types, API, "created");
        reaction.emit(types, INTERNAL, "modified");
        reaction.emit(types, API, "deleted");
        Entity tag = new Entity("tag", RuntimeClasses.TAG_EVENT, "tag")
                .field("workspace", WORKSPACE).field("tag", TAG);
        tag.emit(types, API, "created");
        tag.emit(types, INTERNAL, "modified");
        tag.emit(types, API, "deleted");
        new Entity("content_tag", RuntimeClasses.CONTENT_TAG_EVENT, "tag")
                .field("workspace", WORKSPACE).field("content", ANY_CONTENT).field("tag", TAG)
                .emit(types, API, "created", "deleted");
        Entity call = new Entity("user_call", RuntimeClasses.USER_CALL_EVENT, "user_call")
                .field("user_call", USER_CALL).field("user", USER);
        call.emit(types, API, "created", "modified");
        call.emit(types, INTERNAL, "deleted");
        new Entity("user_config", RuntimeClasses.USER_CONFIG_EVENT, "user_config")
                .field("user_config", USER_CONFIG).field("user", USER)
                .emit(types, API, "modified");
        return List.copyOf(types);
    }

    private static List<DaemonMessageType> buildDaemonTypes() {
        return List.of(
                daemon(DaemonTypes.CLIENT_ADD, Direction.TO_DAEMON, RuntimeClasses.CLIENT_DATA),
                daemon(DaemonTypes.CLIENT_DELETE, Direction.TO_DAEMON, RuntimeClasses.CLIENT_DATA),
                daemon(DaemonTypes.GET_CLIENTS, Direction.TO_DAEMON, null),
                daemon(DaemonTypes.GET_ACCOUNT_INFO, Direction.TO_DAEMON, null),
                daemon(DaemonTypes.DO_REQUEST, Direction.TO_DAEMON, RuntimeClasses.DO_REQUEST_DATA),
                daemon(DaemonTypes.PING, Direction.BOTH, null),
                daemon(DaemonTypes.PONG, Direction.BOTH, null),
                daemon(DaemonTypes.ACK, Direction.TO_PLUGIN, null),
                daemon(DaemonTypes.ACCOUNT_INFO, Direction.TO_PLUGIN, RuntimeClasses.ACCOUNT_INFO_DATA),
                daemon(DaemonTypes.CLIENTS, Direction.TO_PLUGIN, RuntimeClasses.CLIENT_LIST),
                daemon(DaemonTypes.REQUEST_RESULT, Direction.TO_PLUGIN, RuntimeClasses.REQUEST_RESULT),
                daemon(DaemonTypes.TRACIM_EVENT, Direction.TO_PLUGIN, RuntimeClasses.TLM_EVENT),
                daemon(DaemonTypes.CLIENT_ADDED, Direction.TO_PLUGIN, RuntimeClasses.CLIENT_DATA),
                daemon(DaemonTypes.CLIENT_DELETED, Direction.TO_PLUGIN, RuntimeClasses.CLIENT_DATA),
                daemon(DaemonTypes.CUSTOM_MESSAGE, Direction.SDK, null),
                daemon(DaemonTypes.CUSTOM_ERROR, Direction.SDK, RuntimeClasses.DISPATCH_ERROR));
    }

    private static DaemonMessageType daemon(String name, Direction direction, String payloadClass) {
        return new DaemonMessageType(name, direction, Optional.ofNullable(payloadClass));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toUnmodifiableMap(name, Function.identity()));
    }

    /** The fields one entity's events carry; every TLM also has a nullable author and client token. */
    private static final class Entity {
        private final String name;
        private final String payloadClass;
        private final String mainField;
        private final List<String> fields = new ArrayList<>(List.of("author", "client_token"));
        private final Set<String> nullable = new java.util.LinkedHashSet<>(List.of("author", "client_token"));
        private final Map<String, ObjectShape> shapes = new LinkedHashMap<>(Map.of("author", USER));

        Entity(String name, String payloadClass, String mainField) {
            this.name = name;
            this.payloadClass = payloadClass;
            this.mainField = mainField;
        }

        Entity field(String key, ObjectShape shape) {
            fields.add(key);
            shapes.put(key, shape);
            return this;
        }

        Entity nullableField(String key, ObjectShape shape) {
            nullable.add(key);
            return field(key, shape);
        }

        void emit(List<TlmEventType> into, Reach reach, String... operations) {
            for (String operation : operations) {
                into.add(type(name + "." + operation, operation, Optional.empty(), reach));
            }
        }

        void emitContent(List<TlmEventType> into, Reach reach, String operation, String contentType) {
            into.add(type(name + "." + operation + "." + contentType, operation, Optional.of(contentType), reach));
        }

        private TlmEventType type(String type, String operation, Optional<String> contentType, Reach reach) {
            return new TlmEventType(type, name, operation, contentType, reach, fields, nullable, shapes,
                    payloadClass, mainField);
        }
    }
}
