package org.tracimdaemon.sdk.tracim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tracimdaemon.sdk.tracim.TracimFixture.PASSWORD;
import static org.tracimdaemon.sdk.tracim.TracimFixture.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracimdaemon.sdk.testkit.tracim.FakeTracim;

/** The daemon's config.json: read as the daemon reads it, and only when it is private to the user. */
@Timeout(20)
class DaemonConfigTest {
    private static final String ME = System.getProperty("user.name");

    @TempDir
    Path dir;

    private Path config(String json, String mode) throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private static String daemonConfig(String url) {
        return "{\"tracim\": {\"url\": \"" + url + "\", \"username\": \"alice\", \"mail\": \"alice@example.com\","
                + " \"password\": \"" + PASSWORD + "\"}, \"socket_path\": \"/tmp/master.sock\"}";
    }

    @Test
    void aPrivateConfigGivesTheDaemonsUrlAndLogin() throws Exception {
        DaemonConfig config = DaemonConfig.read(config(daemonConfig("http://localhost:8080/api"), "rw-------"));
        assertEquals(URI.create("http://localhost:8080/api"), config.url());
        assertEquals(new TracimLogin.Password(Optional.of("alice@example.com"), Optional.of("alice"), PASSWORD),
                config.login());
    }

    @Test
    void theClientLogsInWithTheDaemonsConfigAsTheDaemonDoes() throws Exception {
        try (FakeTracim tracim = TracimFixture.tracim()) {
            Path file = config(daemonConfig(tracim.apiUrl().toString()), "r--------");
            TracimRestClient client = TracimRestClient.builder().daemonConfig(file).build();
            assertEquals("Alice A.", await(client.whoami()).publicName());
            assertEquals("{\"email\":\"alice@example.com\",\"username\":\"alice\",\"password\":\"" + PASSWORD + "\"}",
                    tracim.awaitCall("POST", "/auth/login", TracimFixture.WAIT).body());
        }
    }

    @Test
    void aConfigOthersMayReadIsNotUsedAndTheMessageSaysHowToFixIt() throws Exception {
        Path file = config(daemonConfig("http://localhost:8080/api"), "rw-r--r--");
        TracimConfigException e = assertThrows(TracimConfigException.class, () -> DaemonConfig.read(file));
        assertEquals(file + " holds your Tracim password but other users may read or write it (rw-r--r--), so it is"
                + " not used. Make it yours only: chmod 600 " + file + " (TracimDaemon creates it readable by all)",
                e.getMessage());
    }

    @Test
    void aConfigTheGroupMayWriteIsNotUsed() throws Exception {
        Path file = config(daemonConfig("http://localhost:8080/api"), "rw--w----");
        assertThrows(TracimConfigException.class, () -> DaemonConfig.read(file));
    }

    @Test
    void aConfigOfAnotherUserIsNotUsed() throws Exception {
        Path file = config(daemonConfig("http://localhost:8080/api"), "rw-------");
        TracimConfigException e = assertThrows(TracimConfigException.class,
                () -> DaemonConfigFile.read(file, "someone-else"));
        assertEquals(file + " belongs to " + ME + ", not to someone-else: a config another user controls could send"
                + " your plugin to their server, so it is not used. Run the plugin as " + ME + ", or give the Tracim"
                + " URL and login with TracimRestClient.builder()", e.getMessage());
    }

    @Test
    void aMissingConfigSaysWhereItWasLookedFor() {
        Path file = dir.resolve("TracimDaemon/config.json");
        TracimConfigException e = assertThrows(TracimConfigException.class, () -> DaemonConfig.read(file));
        assertEquals("no TracimDaemon config at " + file + ": start TracimDaemon once to create it, or give the"
                + " Tracim URL and login with TracimRestClient.builder()", e.getMessage());
    }

    @Test
    void aConfigWithoutPasswordNamesTheKey() throws Exception {
        Path file = config("{\"tracim\": {\"url\": \"https://t.example.com/api\", \"username\": \"alice\"}}", "rw-------");
        TracimConfigException e = assertThrows(TracimConfigException.class, () -> DaemonConfig.read(file));
        assertEquals(file + " has no \"tracim\": {\"password\": ...}, which TracimDaemon needs too: fill it in, or give"
                + " the Tracim URL and login with TracimRestClient.builder()", e.getMessage());
    }

    @Test
    void brokenJsonIsReportedWithoutQuotingThePassword() throws Exception {
        Path file = config("{\"tracim\": {\"password\": \"" + PASSWORD + "\" oops", "rw-------");
        TracimConfigException e = assertThrows(TracimConfigException.class, () -> DaemonConfig.read(file));
        assertEquals(file + " is not valid JSON", e.getMessage());
        assertFalse(String.valueOf(e.getCause()).contains(PASSWORD));
    }

    @Test
    void aBadUrlIsReportedWithoutQuotingIt() throws Exception {
        Path file = config(daemonConfig("https://alice:" + PASSWORD + "@tracim example.com/api"), "rw-------");
        TracimConfigException e = assertThrows(TracimConfigException.class, () -> DaemonConfig.read(file));
        assertEquals("\"tracim.url\" of " + file + " is not a URL (Illegal character in authority at index 8)",
                e.getMessage());
    }

    @Test
    void plainHttpToAnotherMachineInTheConfigIsRefusedToo() throws Exception {
        Path file = config(daemonConfig("http://tracim.example.com/api"), "rw-------");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TracimRestClient.builder().daemonConfig(file).build());
        assertEquals(true, e.getMessage().startsWith("refusing plain http:// to tracim.example.com"));
    }

    @Test
    void theDefaultPathIsWhereTheDaemonLooks() {
        assertEquals(Path.of("/x/TracimDaemon/config.json"), DaemonConfig.defaultPath(Map.of("XDG_CONFIG_HOME", "/x")));
        assertEquals(Path.of("/home/a/.config/TracimDaemon/config.json"), DaemonConfig.defaultPath(Map.of("HOME", "/home/a")));
    }
}
