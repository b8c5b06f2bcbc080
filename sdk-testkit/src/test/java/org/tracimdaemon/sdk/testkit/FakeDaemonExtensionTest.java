package org.tracimdaemon.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeDaemonExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeDaemonExtensionTest {
    @Test
    void aTestGetsOneListeningDaemonHoweverManyParametersAskForIt(FakeDaemon daemon, FakeDaemon same) {
        assertSame(daemon, same);
        assertTrue(Files.exists(daemon.socketPath()));
        assertTrue(daemon.socketPath().toString().length() < 100, "room for plugin sockets beside it");
    }
}
