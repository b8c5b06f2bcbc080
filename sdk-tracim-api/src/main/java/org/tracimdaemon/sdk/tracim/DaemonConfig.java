package org.tracimdaemon.sdk.tracim;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What TracimDaemon's {@code config.json} says about Tracim: its API URL and the user's
 * credentials (keys {@code tracim.url}, {@code tracim.username}, {@code tracim.mail},
 * {@code tracim.password}, as the daemon reads them). {@code toString()} never shows the password.
 *
 * <pre>{@code
 * DaemonConfig config = DaemonConfig.read(DaemonConfig.defaultPath());
 * System.out.println(config);   // DaemonConfig[url=http://localhost:8080/api, login=Password[alice, password=***]]
 * }</pre>
 *
 * @param url   Tracim's API URL, {@code /api} included (e.g. {@code https://tracim.example.com/api})
 * @param login the daemon's user and password
 */
public record DaemonConfig(URI url, TracimLogin login) {

    /**
     * Checks both parts are there.
     *
     * @param url   Tracim's API URL, {@code /api} included
     * @param login the daemon's user and password
     * @throws NullPointerException if either is {@code null}
     */
    public DaemonConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(login, "login");
    }

    /**
     * {@code $XDG_CONFIG_HOME/TracimDaemon/config.json}, else {@code ~/.config/TracimDaemon/config.json}:
     * where the daemon reads it when started without arguments.
     *
     * @return that path, from this process's environment; the file may not exist
     */
    public static Path defaultPath() {
        return defaultPath(System.getenv());
    }

    /**
     * {@link #defaultPath()} in the environment {@code env} ({@code XDG_CONFIG_HOME}, {@code HOME}).
     *
     * @param env environment variables; without {@code HOME}, the {@code user.home} system property is used
     * @return the path of the daemon's {@code config.json} in that environment
     */
    public static Path defaultPath(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path configHome = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return configHome.resolve("TracimDaemon").resolve("config.json");
    }

    /**
     * Reads the daemon's config, only if it belongs to this process's user and no other user may
     * read or write it (it holds the password in clear: {@code chmod 600} it).
     *
     * @param file the daemon's {@code config.json}, e.g. {@link #defaultPath()}
     * @return its Tracim URL and login
     * @throws TracimConfigException saying what is wrong and how to fix it
     */
    public static DaemonConfig read(Path file) throws TracimConfigException {
        return DaemonConfigFile.read(file, System.getProperty("user.name"));
    }

    @Override
    public String toString() {
        return "DaemonConfig[url=" + url + ", login=" + login + "]";
    }

}
