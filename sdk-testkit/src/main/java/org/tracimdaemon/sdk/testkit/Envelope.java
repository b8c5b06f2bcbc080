package org.tracimdaemon.sdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Map;

/**
 * An envelope read the way Go's {@code json.Unmarshal} reads the daemon's struct: keys matched
 * case-insensitively, unknown keys ignored, non-string {@code path}/{@code type} refused.
 */
record Envelope(String path, String type, JsonNode data) {

    /** The envelope in {@code length} bytes of {@code bytes}, or null if Go would refuse it. */
    static Envelope parse(byte[] bytes, int length) {
        JsonNode root;
        try {
            root = GoJson.MAPPER.readTree(bytes, 0, length);
        } catch (IOException e) {
            return null;
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        String path = "";
        String type = "";
        JsonNode data = MissingNode.getInstance();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equalsIgnoreCase("path") || key.equalsIgnoreCase("type")) {
                if (!value.isTextual() && !value.isNull()) {
                    return null;
                }
                if (key.equalsIgnoreCase("path")) {
                    path = value.asText("");
                } else {
                    type = value.asText("");
                }
            } else if (key.equalsIgnoreCase("data")) {
                data = value;
            }
        }
        return new Envelope(path, type, data);
    }
}
