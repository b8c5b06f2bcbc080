package org.tracimdaemon.sdk.catalogue;

/**
 * The objects a TLM's {@code fields} hold, by the name Tracim's catalogue gives them, with the
 * runtime record each decodes into.
 */
public enum ObjectShape {
    USER("User", RuntimeClasses.USER),
    WORKSPACE("Workspace", RuntimeClasses.WORKSPACE),
    MEMBER("Member", RuntimeClasses.MEMBER),
    SUBSCRIPTION("Subscription", RuntimeClasses.SUBSCRIPTION),
    /** Notes ({@code html-document}), folders and threads. */
    MESSAGE_CONTENT("MessageContent", RuntimeClasses.MESSAGE_CONTENT),
    FILE_CONTENT("FileContent", RuntimeClasses.FILE_CONTENT),
    /** Kanban boards and logbooks. */
    RAW_CONTENT("ContentWithRawContent", RuntimeClasses.RAW_CONTENT),
    COMMENT("Comment", RuntimeClasses.COMMENT_CONTENT),
    TODO("Todo", RuntimeClasses.TODO_CONTENT),
    /** Any of the five content shapes: the event type does not say which. */
    ANY_CONTENT("Content", RuntimeClasses.CONTENT),
    MENTION("Mention", RuntimeClasses.MENTION),
    REACTION("Reaction", RuntimeClasses.REACTION),
    TAG("Tag", RuntimeClasses.TAG),
    USER_CALL("UserCall", RuntimeClasses.USER_CALL),
    USER_CONFIG("UserConfig", RuntimeClasses.USER_CONFIG);

    private final String catalogueName;
    private final String javaClass;

    ObjectShape(String catalogueName, String javaClass) {
        this.catalogueName = catalogueName;
        this.javaClass = javaClass;
    }

    /** The name in Tracim's catalogue ({@code tlm-catalogue.json}, TLM.md section 5). */
    public String catalogueName() {
        return catalogueName;
    }

    /** Fully qualified name of the runtime record (or sealed interface) it decodes into. */
    public String javaClass() {
        return javaClass;
    }

    /** The content shape Tracim uses for a content type slug ({@code file} → {@link #FILE_CONTENT}). */
    public static ObjectShape ofContentType(String contentType) {
        return switch (contentType) {
            case "html-document", "folder", "thread" -> MESSAGE_CONTENT;
            case "file" -> FILE_CONTENT;
            case "kanban", "logbook" -> RAW_CONTENT;
            case "comment" -> COMMENT;
            case "todo" -> TODO;
            default -> ANY_CONTENT;
        };
    }
}
