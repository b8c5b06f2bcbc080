package org.tracimdaemon.sdk.tracim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/**
 * Reads TracimDaemon's config.json, checking first that it is private to the plugin's user: it
 * holds a password in clear, so a file another user owns could point the plugin at their server,
 * and a file others can read has leaked the password already. Neither is used.
 */
final class DaemonConfigFile {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private DaemonConfigFile() {}

    static DaemonConfig read(Path file, String user) throws TracimConfigException {
        byte[] bytes;
        try {
            checkPrivate(file, user);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TracimConfigException("no TracimDaemon config at " + file + ": start TracimDaemon once to"
                    + " create it, or give the Tracim URL and login with TracimRestClient.builder()", e);
        } catch (UnsupportedOperationException e) {
            throw new TracimConfigException("cannot check who may read " + file + " (not a POSIX file system), so"
                    + " it is not used: give the Tracim URL and login with TracimRestClient.builder()", e);
        } catch (TracimConfigException e) {
            throw e;
        } catch (IOException e) {
            throw new TracimConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode tracim;
        try {
            tracim = WireJson.mapper().readTree(bytes).path("tracim");
        } catch (IOException e) {
            // Jackson's message may quote the file's text, password included: say where, not what.
            throw new TracimConfigException(file + " is not valid JSON", null);
        }
        URI url = url(file, text(tracim, "url").orElseThrow(() -> missing(file, "url")));
        String password = text(tracim, "password").orElseThrow(() -> missing(file, "password"));
        Optional<String> mail = text(tracim, "mail");
        Optional<String> username = text(tracim, "username");
        if (mail.isEmpty() && username.isEmpty()) {
            throw missing(file, "username\" or \"mail");
        }
        return new DaemonConfig(url, new TracimLogin.Password(mail, username, password));
    }

    private static void checkPrivate(Path file, String user) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
        String owner = attributes.owner().getName();
        if (!owner.equals(user)) {
            throw new TracimConfigException(file + " belongs to " + owner + ", not to " + user + ": a config another"
                    + " user controls could send your plugin to their server, so it is not used. Run the plugin as "
                    + owner + ", or give the Tracim URL and login with TracimRestClient.builder()");
        }
        Set<PosixFilePermission> shared = EnumSet.copyOf(attributes.permissions());
        shared.retainAll(OTHERS);
        if (!shared.isEmpty()) {
            throw new TracimConfigException(file + " holds your Tracim password but other users may read or write it ("
                    + PosixFilePermissions.toString(attributes.permissions()) + "), so it is not used. Make it yours"
                    + " only: chmod 600 " + file + " (TracimDaemon creates it readable by all)");
        }
    }

    private static Optional<String> text(JsonNode tracim, String key) {
        JsonNode value = tracim.path(key);
        return value.isTextual() && !value.textValue().isEmpty() ? Optional.of(value.textValue()) : Optional.empty();
    }

    private static URI url(Path file, String text) throws TracimConfigException {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            // The reason only: the full message quotes the text, which could hold credentials.
            throw new TracimConfigException("\"tracim.url\" of " + file + " is not a URL (" + e.getReason() + " at index "
                    + e.getIndex() + ")", null);
        }
    }

    private static TracimConfigException missing(Path file, String key) {
        return new TracimConfigException(file + " has no \"tracim\": {\"" + key + "\": ...}, which TracimDaemon"
                + " needs too: fill it in, or give the Tracim URL and login with TracimRestClient.builder()");
    }
}
