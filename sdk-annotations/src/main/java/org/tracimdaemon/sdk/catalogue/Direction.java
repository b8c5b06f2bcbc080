package org.tracimdaemon.sdk.catalogue;

/** Which way a daemon message type travels. */
public enum Direction {
    /** The daemon sends it to plugins: a plugin can handle it. */
    TO_PLUGIN,
    /** Plugins send it to the daemon: a plugin never receives it. */
    TO_DAEMON,
    /** Either side sends it to the other ({@code daemon_ping}, {@code daemon_pong}). */
    BOTH,
    /** Defined by the SDKs, never on the wire ({@code custom_message}, {@code custom_error}). */
    SDK
}
