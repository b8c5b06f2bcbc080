package org.tracimdaemon.sdk.tracim;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every secret a client holds (password, API key, each session cookie), so that no message it
 * builds can carry one, even one Tracim or a proxy echoed back.
 */
final class Secrets {
    private static final String HIDDEN = "***";

    private final Set<String> values = ConcurrentHashMap.newKeySet();

    void add(String secret) {
        if (secret != null && !secret.isEmpty()) {
            values.add(secret);
        }
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String secret : values) {
            scrubbed = scrubbed.replace(secret, HIDDEN);
        }
        return scrubbed;
    }
}
