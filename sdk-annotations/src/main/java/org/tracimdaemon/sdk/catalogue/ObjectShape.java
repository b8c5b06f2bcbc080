package org.tracimdaemon.sdk.catalogue;

/**
 * The objects a TLM's {@code fields} hold, by the name Tracim's catalogue gives them, with the
 * runtime record each decodes into.
 */
public enum ObjectShape {
    /** Tracim's {@code User}. */
    USER("User", RuntimeClasses.USER),
    /** Tracim's {@code Workspace}. */
    WORKSPACE("Workspace", RuntimeClasses.WORKSPACE),
    /** Tracim's {@code Member}. */
    MEMBER("Member", RuntimeClasses.MEMBER),
    /** Tracim's {@code Subscription}. */
    SUBSCRIPTION("Subscription", RuntimeClasses.SUBSCRIPTION),
    /** Notes ({@code html-document}), folders and threads. */
    MESSAGE_CONTENT("MessageContent", RuntimeClasses.MESSAGE_CONTENT),
    /** Tracim's {@code FileContent}. */
    FILE_CONTENT("FileContent", RuntimeClasses.FILE_CONTENT),
    /** Kanban boards and logbooks. */
    RAW_CONTENT("ContentWithRawContent", RuntimeClasses.RAW_CONTENT),
    /** Tracim's {@code Comment}. */
    COMMENT("Comment", RuntimeClasses.COMMENT_CONTENT),
    /** Tracim's {@code Todo}. */
    TODO("Todo", RuntimeClasses.TODO_CONTENT),
    /** Any of the five content shapes: the event type does not say which. */
    ANY_CONTENT("Content", RuntimeClasses.CONTENT),
    /** Tracim's {@code Mention}. */
    MENTION("Mention", RuntimeClasses.MENTION),
    /** Tracim's {@code Reaction}. */
    REACTION("Reaction", RuntimeClasses.REACTION),
    /** Tracim's {@code Tag}. */
    TAG("Tag", RuntimeClasses.TAG),
    /** Tracim's {@code UserCall}. */
    USER_CALL("UserCall", RuntimeClasses.USER_CALL),
    /** Tracim's {@code UserConfig}. */
    USER_CONFIG("UserConfig", RuntimeClasses.USER_CONFIG);

    private final String catalogueName;
    private final String javaClass;

    ObjectShape(String catalogueName, String javaClass) {
        this.catalogueName = catalogueName;
        this.javaClass = javaClass;
    }

    /**
     * The name in Tracim's catalogue ({@code tlm-catalogue.json}, TLM.md section 5).
     *
     * @return e.g. {@code ContentWithRawContent}
     */
    public String catalogueName() {
        return catalogueName;
    }

    /**
     * Fully qualified name of the runtime record (or sealed interface) it decodes into.
     *
     * @return e.g. {@code org.tracimdaemon.sdk.runtime.tlm.RawContent}
     */
    public String javaClass() {
        return javaClass;
    }

    /**
     * The content shape Tracim uses for a content type slug ({@code file} → {@link #FILE_CONTENT}).
     *
     * @param contentType a content type slug, e.g. {@code html-document}
     * @return its shape
     */
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
