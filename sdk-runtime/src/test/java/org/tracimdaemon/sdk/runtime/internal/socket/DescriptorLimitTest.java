package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DescriptorLimitTest {
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theSoftLimitIsTheOneAChildShellInherits() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "ulimit -Sn").redirectErrorStream(true).start();
        String said = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, shell.waitFor());
        long expected = said.equals("unlimited") ? -1 : Long.parseLong(said);
        assertEquals(expected, DescriptorLimit.softLimit(-1));
    }
}
