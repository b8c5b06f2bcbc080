package org.tracimdaemon.sdk.catalogue;

/**
 * Every daemon message type of the protocol, as compile-time constants.
 *
 * <pre>{@code
 * @OnEvent(DaemonTypes.ACCOUNT_INFO)
 * void accountInfo(AccountInfoData me);
 * }</pre>
 */
public final class DaemonTypes {
    private DaemonTypes() {}

    /** Daemon to plugin: the logged-in Tracim user, answer to registration. */
    public static final String ACCOUNT_INFO = "daemon_account_info";
    /** Daemon to plugin: the registered plugins. */
    public static final String CLIENTS = "daemon_clients";
    /** Daemon to every plugin: a plugin registered. */
    public static final String CLIENT_ADDED = "daemon_client_added";
    /** Daemon to every plugin: a plugin unregistered. */
    public static final String CLIENT_DELETED = "daemon_client_deleted";
    /** Daemon to plugin: answer to {@link #DO_REQUEST}. */
    public static final String REQUEST_RESULT = "daemon_request_result";
    /** Daemon to every plugin: a Tracim live message (TLM). */
    public static final String TRACIM_EVENT = "daemon_tracim_event";
    /** Either way: keep-alive; the runtime answers the daemon's itself. */
    public static final String PING = "daemon_ping";
    /** Either way: answer to {@link #PING}. */
    public static final String PONG = "daemon_pong";
    /** Daemon to plugin: acknowledges a pong or an unhandled type. */
    public static final String ACK = "daemon_ack";

    /** Plugin to daemon: register. */
    public static final String CLIENT_ADD = "daemon_client_add";
    /** Plugin to daemon: unregister. */
    public static final String CLIENT_DELETE = "daemon_client_delete";
    /** Plugin to daemon: ask for {@link #CLIENTS}. */
    public static final String GET_CLIENTS = "daemon_get_clients";
    /** Plugin to daemon: ask for {@link #ACCOUNT_INFO}. */
    public static final String GET_ACCOUNT_INFO = "daemon_get_account_info";
    /** Plugin to daemon: proxy a Tracim API call (broken in today's daemon: see PROTOCOL.md). */
    public static final String DO_REQUEST = "daemon_do_request";

    /** SDK only: every message the plugin receives, before its own type's handlers. */
    public static final String CUSTOM_MESSAGE = "custom_message";
    /** SDK only: an error inside the plugin (unreadable message, failed handler, ...). */
    public static final String CUSTOM_ERROR = "custom_error";
}
