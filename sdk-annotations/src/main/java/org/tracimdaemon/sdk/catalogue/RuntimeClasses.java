package org.tracimdaemon.sdk.catalogue;

/**
 * Fully qualified names of the runtime types the catalogue names and generated dispatchers use.
 * This module cannot see the runtime, so the names are strings; a runtime test loads every one of
 * them.
 */
public final class RuntimeClasses {
    private RuntimeClasses() {}

    private static final String RUNTIME = "org.tracimdaemon.sdk.runtime.";
    private static final String WIRE = RUNTIME + "wire.";
    private static final String TLM = RUNTIME + "tlm.";
    private static final String DISPATCH = RUNTIME + "dispatch.";

    /** {@code org.tracimdaemon.sdk.runtime.DaemonClient}. */
    public static final String DAEMON_CLIENT = RUNTIME + "DaemonClient";
    /** {@code org.tracimdaemon.sdk.runtime.DispatchError}. */
    public static final String DISPATCH_ERROR = RUNTIME + "DispatchError";
    /** {@code org.tracimdaemon.sdk.runtime.EventDispatcher}, which every generated dispatcher implements. */
    public static final String EVENT_DISPATCHER = RUNTIME + "EventDispatcher";
    /** {@code org.tracimdaemon.sdk.runtime.DispatchContext}, what a dispatcher delivers one message with. */
    public static final String DISPATCH_CONTEXT = RUNTIME + "DispatchContext";
    /** {@code org.tracimdaemon.sdk.runtime.dispatch.GeneratedDispatch}, the decoding and failures generated code calls. */
    public static final String GENERATED_DISPATCH = DISPATCH + "GeneratedDispatch";

    /** {@code org.tracimdaemon.sdk.runtime.wire.DaemonEvent}. */
    public static final String DAEMON_EVENT = WIRE + "DaemonEvent";
    /** {@code org.tracimdaemon.sdk.runtime.wire.AccountInfoData}. */
    public static final String ACCOUNT_INFO_DATA = WIRE + "AccountInfoData";
    /** {@code org.tracimdaemon.sdk.runtime.wire.ClientData}. */
    public static final String CLIENT_DATA = WIRE + "ClientData";
    /** {@code org.tracimdaemon.sdk.runtime.wire.ClientList}. */
    public static final String CLIENT_LIST = WIRE + "ClientList";
    /** {@code org.tracimdaemon.sdk.runtime.wire.DoRequestData}. */
    public static final String DO_REQUEST_DATA = WIRE + "DoRequestData";
    /** {@code org.tracimdaemon.sdk.runtime.wire.RequestResult}. */
    public static final String REQUEST_RESULT = WIRE + "RequestResult";

    /** {@code org.tracimdaemon.sdk.runtime.tlm.TLMEvent}. */
    public static final String TLM_EVENT = TLM + "TLMEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.UserEvent}. */
    public static final String USER_EVENT = TLM + "UserEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.WorkspaceEvent}. */
    public static final String WORKSPACE_EVENT = TLM + "WorkspaceEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.WorkspaceMemberEvent}. */
    public static final String WORKSPACE_MEMBER_EVENT = TLM + "WorkspaceMemberEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.WorkspaceSubscriptionEvent}. */
    public static final String WORKSPACE_SUBSCRIPTION_EVENT = TLM + "WorkspaceSubscriptionEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.ContentEvent}. */
    public static final String CONTENT_EVENT = TLM + "ContentEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.MentionEvent}. */
    public static final String MENTION_EVENT = TLM + "MentionEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.ReactionEvent}. */
    public static final String REACTION_EVENT = TLM + "ReactionEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.TagEvent}. */
    public static final String TAG_EVENT = TLM + "TagEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.ContentTagEvent}. */
    public static final String CONTENT_TAG_EVENT = TLM + "ContentTagEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.UserCallEvent}. */
    public static final String USER_CALL_EVENT = TLM + "UserCallEvent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.UserConfigEvent}. */
    public static final String USER_CONFIG_EVENT = TLM + "UserConfigEvent";

    /** {@code org.tracimdaemon.sdk.runtime.tlm.User}. */
    public static final String USER = TLM + "User";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.Workspace}. */
    public static final String WORKSPACE = TLM + "Workspace";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.Member}. */
    public static final String MEMBER = TLM + "Member";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.Subscription}. */
    public static final String SUBSCRIPTION = TLM + "Subscription";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.Content}. */
    public static final String CONTENT = TLM + "Content";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.MessageContent}. */
    public static final String MESSAGE_CONTENT = TLM + "MessageContent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.FileContent}. */
    public static final String FILE_CONTENT = TLM + "FileContent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.RawContent}. */
    public static final String RAW_CONTENT = TLM + "RawContent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.CommentContent}. */
    public static final String COMMENT_CONTENT = TLM + "CommentContent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.TodoContent}. */
    public static final String TODO_CONTENT = TLM + "TodoContent";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.Mention}. */
    public static final String MENTION = TLM + "Mention";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.Reaction}. */
    public static final String REACTION = TLM + "Reaction";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.Tag}. */
    public static final String TAG = TLM + "Tag";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.UserCall}. */
    public static final String USER_CALL = TLM + "UserCall";
    /** {@code org.tracimdaemon.sdk.runtime.tlm.UserConfig}. */
    public static final String USER_CONFIG = TLM + "UserConfig";
}
