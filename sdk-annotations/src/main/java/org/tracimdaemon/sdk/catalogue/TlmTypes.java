package org.tracimdaemon.sdk.catalogue;

/**
 * Every Tracim event type of {@link EventCatalogue}, as compile-time constants for {@code @OnEvent}.
 *
 * <pre>{@code
 * @OnEvent(TlmTypes.CONTENT_CREATED_HTML_DOCUMENT)
 * void noteCreated(ContentEvent note);
 * }</pre>
 *
 * <p>The reach in brackets says how the event is triggered: {@code api} by ordinary use, {@code
 * webdav} only through WebDAV, {@code internal} never by any API (accepted, but not expected).
 */
public final class TlmTypes {
    private TlmTypes() {}

    /** {@code user.created} (api). */
    public static final String USER_CREATED = "user.created";

    /** {@code user.modified} (api). */
    public static final String USER_MODIFIED = "user.modified";

    /** {@code user.deleted} (api). */
    public static final String USER_DELETED = "user.deleted";

    /** {@code user.undeleted} (api). */
    public static final String USER_UNDELETED = "user.undeleted";

    /** {@code workspace.created} (api). */
    public static final String WORKSPACE_CREATED = "workspace.created";

    /** {@code workspace.modified} (api). */
    public static final String WORKSPACE_MODIFIED = "workspace.modified";

    /** {@code workspace.deleted} (api). */
    public static final String WORKSPACE_DELETED = "workspace.deleted";

    /** {@code workspace.undeleted} (api). */
    public static final String WORKSPACE_UNDELETED = "workspace.undeleted";

    /** {@code workspace_member.created} (api). */
    public static final String WORKSPACE_MEMBER_CREATED = "workspace_member.created";

    /** {@code workspace_member.modified} (api). */
    public static final String WORKSPACE_MEMBER_MODIFIED = "workspace_member.modified";

    /** {@code workspace_member.deleted} (api). */
    public static final String WORKSPACE_MEMBER_DELETED = "workspace_member.deleted";

    /** {@code workspace_subscription.created} (api). */
    public static final String WORKSPACE_SUBSCRIPTION_CREATED = "workspace_subscription.created";

    /** {@code workspace_subscription.modified} (api). */
    public static final String WORKSPACE_SUBSCRIPTION_MODIFIED = "workspace_subscription.modified";

    /** {@code workspace_subscription.deleted} (internal). */
    public static final String WORKSPACE_SUBSCRIPTION_DELETED = "workspace_subscription.deleted";

    /** {@code content.created.html-document} (api). */
    public static final String CONTENT_CREATED_HTML_DOCUMENT = "content.created.html-document";

    /** {@code content.created.file} (api). */
    public static final String CONTENT_CREATED_FILE = "content.created.file";

    /** {@code content.created.folder} (api). */
    public static final String CONTENT_CREATED_FOLDER = "content.created.folder";

    /** {@code content.created.thread} (api). */
    public static final String CONTENT_CREATED_THREAD = "content.created.thread";

    /** {@code content.created.comment} (api). */
    public static final String CONTENT_CREATED_COMMENT = "content.created.comment";

    /** {@code content.created.kanban} (api). */
    public static final String CONTENT_CREATED_KANBAN = "content.created.kanban";

    /** {@code content.created.logbook} (api). */
    public static final String CONTENT_CREATED_LOGBOOK = "content.created.logbook";

    /** {@code content.created.todo} (api). */
    public static final String CONTENT_CREATED_TODO = "content.created.todo";

    /** {@code content.modified.html-document} (api). */
    public static final String CONTENT_MODIFIED_HTML_DOCUMENT = "content.modified.html-document";

    /** {@code content.modified.file} (api). */
    public static final String CONTENT_MODIFIED_FILE = "content.modified.file";

    /** {@code content.modified.folder} (api). */
    public static final String CONTENT_MODIFIED_FOLDER = "content.modified.folder";

    /** {@code content.modified.thread} (api). */
    public static final String CONTENT_MODIFIED_THREAD = "content.modified.thread";

    /** {@code content.modified.comment} (api). */
    public static final String CONTENT_MODIFIED_COMMENT = "content.modified.comment";

    /** {@code content.modified.kanban} (api). */
    public static final String CONTENT_MODIFIED_KANBAN = "content.modified.kanban";

    /** {@code content.modified.logbook} (api). */
    public static final String CONTENT_MODIFIED_LOGBOOK = "content.modified.logbook";

    /** {@code content.modified.todo} (api). */
    public static final String CONTENT_MODIFIED_TODO = "content.modified.todo";

    /** {@code content.deleted.html-document} (api). */
    public static final String CONTENT_DELETED_HTML_DOCUMENT = "content.deleted.html-document";

    /** {@code content.deleted.file} (api). */
    public static final String CONTENT_DELETED_FILE = "content.deleted.file";

    /** {@code content.deleted.folder} (api). */
    public static final String CONTENT_DELETED_FOLDER = "content.deleted.folder";

    /** {@code content.deleted.thread} (api). */
    public static final String CONTENT_DELETED_THREAD = "content.deleted.thread";

    /** {@code content.deleted.comment} (api). */
    public static final String CONTENT_DELETED_COMMENT = "content.deleted.comment";

    /** {@code content.deleted.kanban} (api). */
    public static final String CONTENT_DELETED_KANBAN = "content.deleted.kanban";

    /** {@code content.deleted.logbook} (api). */
    public static final String CONTENT_DELETED_LOGBOOK = "content.deleted.logbook";

    /** {@code content.deleted.todo} (api). */
    public static final String CONTENT_DELETED_TODO = "content.deleted.todo";

    /** {@code content.undeleted.html-document} (api). */
    public static final String CONTENT_UNDELETED_HTML_DOCUMENT = "content.undeleted.html-document";

    /** {@code content.undeleted.file} (api). */
    public static final String CONTENT_UNDELETED_FILE = "content.undeleted.file";

    /** {@code content.undeleted.folder} (api). */
    public static final String CONTENT_UNDELETED_FOLDER = "content.undeleted.folder";

    /** {@code content.undeleted.thread} (api). */
    public static final String CONTENT_UNDELETED_THREAD = "content.undeleted.thread";

    /** {@code content.undeleted.comment} (api). */
    public static final String CONTENT_UNDELETED_COMMENT = "content.undeleted.comment";

    /** {@code content.undeleted.kanban} (api). */
    public static final String CONTENT_UNDELETED_KANBAN = "content.undeleted.kanban";

    /** {@code content.undeleted.logbook} (api). */
    public static final String CONTENT_UNDELETED_LOGBOOK = "content.undeleted.logbook";

    /** {@code content.undeleted.todo} (api). */
    public static final String CONTENT_UNDELETED_TODO = "content.undeleted.todo";

    /** {@code content.copied.html-document} (webdav). */
    public static final String CONTENT_COPIED_HTML_DOCUMENT = "content.copied.html-document";

    /** {@code content.copied.file} (webdav). */
    public static final String CONTENT_COPIED_FILE = "content.copied.file";

    /** {@code content.copied.folder} (webdav). */
    public static final String CONTENT_COPIED_FOLDER = "content.copied.folder";

    /** {@code content.copied.thread} (webdav). */
    public static final String CONTENT_COPIED_THREAD = "content.copied.thread";

    /** {@code content.copied.kanban} (webdav). */
    public static final String CONTENT_COPIED_KANBAN = "content.copied.kanban";

    /** {@code content.copied.logbook} (webdav). */
    public static final String CONTENT_COPIED_LOGBOOK = "content.copied.logbook";

    /** {@code mention.created} (api). */
    public static final String MENTION_CREATED = "mention.created";

    /** {@code reaction.created} (api). */
    public static final String REACTION_CREATED = "reaction.created";

    /** {@code reaction.modified} (internal). */
    public static final String REACTION_MODIFIED = "reaction.modified";

    /** {@code reaction.deleted} (api). */
    public static final String REACTION_DELETED = "reaction.deleted";

    /** {@code tag.created} (api). */
    public static final String TAG_CREATED = "tag.created";

    /** {@code tag.modified} (internal). */
    public static final String TAG_MODIFIED = "tag.modified";

    /** {@code tag.deleted} (api). */
    public static final String TAG_DELETED = "tag.deleted";

    /** {@code content_tag.created} (api). */
    public static final String CONTENT_TAG_CREATED = "content_tag.created";

    /** {@code content_tag.deleted} (api). */
    public static final String CONTENT_TAG_DELETED = "content_tag.deleted";

    /** {@code user_call.created} (api). */
    public static final String USER_CALL_CREATED = "user_call.created";

    /** {@code user_call.modified} (api). */
    public static final String USER_CALL_MODIFIED = "user_call.modified";

    /** {@code user_call.deleted} (internal). */
    public static final String USER_CALL_DELETED = "user_call.deleted";

    /** {@code user_config.modified} (api). */
    public static final String USER_CONFIG_MODIFIED = "user_config.modified";
}
