package org.tracimdaemon.sdk.runtime.internal.socket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every test of {@link ClientSocketServerTest} again, with junixsocket's channels for each
 * accepted connection: the way the loop goes where its natives cannot be reached (the module path
 * without {@code --add-opens}, another junixsocket, {@code -Dtracimdaemon.socket.natives=false}).
 */
class ClientSocketServerFallbackTest extends ClientSocketServerTest {
    @BeforeEach
    void useTheChannels() {
        NativeSockets.disabledForTest = true;
    }

    @AfterEach
    void useTheNativesAgain() {
        NativeSockets.disabledForTest = false;
    }

    @Override
    boolean expectsNatives() {
        return false;
    }
}
