package org.tracimdaemon.sdk.runtime.tlm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's whole client-side configuration after a change: free-form keys chosen by clients.
 *
 * @param parameters unmodifiable; values are strings, numbers, booleans or null
 */
public record UserConfig(Map<String, Object> parameters) {
    /**
     * Takes the {@code parameters} object as the decoder reads it (null when the key is absent).
     *
     * @param parameters from {@code parameters}; null becomes an empty map; copied in its order,
     *                   unmodifiable, null values kept
     */
    public UserConfig {
        // Map.copyOf refuses null values, which Tracim allows here.
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
