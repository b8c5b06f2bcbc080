package org.tracimdaemon.sdk.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.tracimdaemon.sdk.runtime.internal.json.WireJson;

/** Where things are by default, found exactly as the daemon finds them. */
final class DaemonLocations {
    private DaemonLocations() {}

    /** Go's {@code os.UserConfigDir} on Linux: {@code $XDG_CONFIG_HOME} if set, else {@code $HOME/.config}. */
    static Path configDirectory(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg);
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".config");
    }

    /**
     * The daemon's master socket: key {@code socket_path} of {@code <config>/TracimDaemon/config.json}
     * when present, else {@code <config>/TracimDaemon/master.sock} (what the daemon writes there on
     * its first start).
     */
    static Path masterSocket(Map<String, String> env) {
        Path daemonDirectory = configDirectory(env).resolve("TracimDaemon");
        Path config = daemonDirectory.resolve("config.json");
        if (Files.isReadable(config)) {
            try {
                String socketPath = socketPath(config);
                if (socketPath != null && !socketPath.isEmpty()) {
                    return Path.of(socketPath);
                }
            } catch (IOException e) {
                DispatchLoop.LOG.log(System.Logger.Level.WARNING,
                        "cannot read " + config + " (" + e.getMessage() + "); using the default master socket");
            }
        }
        return daemonDirectory.resolve("master.sock");
    }

    /**
     * The top-level {@code socket_path} of the config file if it is a string (the last one, as a
     * tree would keep), else null; read with jackson-core alone, the whole file checked to be JSON.
     */
    private static String socketPath(Path config) throws IOException {
        try (JsonParser parser = WireJson.FACTORY.createParser(config.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren(); // an array is still checked to be JSON, as a tree read would
                return null;
            }
            String socketPath = null;
            for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (key.equals("socket_path")) {
                    socketPath = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return socketPath;
        }
    }

    /** A plugin's default socket: {@code <config>/<plugin>/<plugin>.sock}, beside where plugins keep their config. */
    static Path pluginSocket(Map<String, String> env, String pluginName) {
        if (pluginName.isEmpty() || pluginName.contains("/") || pluginName.startsWith(".")) {
            throw new IllegalArgumentException("plugin name \"" + pluginName
                    + "\" must be a plain directory name, e.g. note-watcher");
        }
        return configDirectory(env).resolve(pluginName).resolve(pluginName + ".sock");
    }
}
