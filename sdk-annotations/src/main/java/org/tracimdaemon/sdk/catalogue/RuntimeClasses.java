package org.tracimdaemon.sdk.catalogue;

/**
 * Fully qualified names of the runtime types the catalogue names. This module cannot see the
 * runtime, so the names are strings; a runtime test loads every one of them.
 */
public final class RuntimeClasses {
    private RuntimeClasses() {}

    private static final String RUNTIME = "org.tracimdaemon.sdk.runtime.";
    private static final String WIRE = RUNTIME + "wire.";
    private static final String TLM = RUNTIME + "tlm.";

    public static final String DAEMON_CLIENT = RUNTIME + "DaemonClient";
    public static final String DISPATCH_ERROR = RUNTIME + "DispatchError";

    public static final String DAEMON_EVENT = WIRE + "DaemonEvent";
    public static final String ACCOUNT_INFO_DATA = WIRE + "AccountInfoData";
    public static final String CLIENT_DATA = WIRE + "ClientData";
    public static final String CLIENT_LIST = WIRE + "ClientList";
    public static final String DO_REQUEST_DATA = WIRE + "DoRequestData";
    public static final String REQUEST_RESULT = WIRE + "RequestResult";

    public static final String TLM_EVENT = TLM + "TLMEvent";
    public static final String USER_EVENT = TLM + "UserEvent";
    public static final String WORKSPACE_EVENT = TLM + "WorkspaceEvent";
    public static final String WORKSPACE_MEMBER_EVENT = TLM + "WorkspaceMemberEvent";
    public static final String WORKSPACE_SUBSCRIPTION_EVENT = TLM + "WorkspaceSubscriptionEvent";
    public static final String CONTENT_EVENT = TLM + "ContentEvent";
    public static final String MENTION_EVENT = TLM + "MentionEvent";
    public static final String REACTION_EVENT = TLM + "ReactionEvent";
    public static final String TAG_EVENT = TLM + "TagEvent";
    public static final String CONTENT_TAG_EVENT = TLM + "ContentTagEvent";
    public static final String USER_CALL_EVENT = TLM + "UserCallEvent";
    public static final String USER_CONFIG_EVENT = TLM + "UserConfigEvent";

    public static final String USER = TLM + "User";
    public static final String WORKSPACE = TLM + "Workspace";
    public static final String MEMBER = TLM + "Member";
    public static final String SUBSCRIPTION = TLM + "Subscription";
    public static final String CONTENT = TLM + "Content";
    public static final String MESSAGE_CONTENT = TLM + "MessageContent";
    public static final String FILE_CONTENT = TLM + "FileContent";
    public static final String RAW_CONTENT = TLM + "RawContent";
    public static final String COMMENT_CONTENT = TLM + "CommentContent";
    public static final String TODO_CONTENT = TLM + "TodoContent";
    public static final String MENTION = TLM + "Mention";
    public static final String REACTION = TLM + "Reaction";
    public static final String TAG = TLM + "Tag";
    public static final String USER_CALL = TLM + "UserCall";
    public static final String USER_CONFIG = TLM + "UserConfig";
}
