package org.tracimdaemon.sdk.catalogue;

import java.util.Optional;

/**
 * One message type of the daemon protocol (PROTOCOL.md).
 *
 * @param name         the envelope's {@code type}, e.g. {@code daemon_account_info}
 * @param direction    which way it travels
 * @param payloadClass the runtime record its {@code data} decodes into, if it carries one
 */
public record DaemonMessageType(String name, Direction direction, Optional<String> payloadClass) {

    /**
     * Whether a plugin can receive it, and so handle it with {@code @OnEvent}.
     *
     * @return false for the messages only plugins send
     */
    public boolean reachesPlugins() {
        return direction != Direction.TO_DAEMON;
    }
}
