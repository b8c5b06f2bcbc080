package org.tracimdaemon.sdk.runtime.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * Data of {@code daemon_clients}: the registered plugins in registration order (a JSON array).
 *
 * @param clients the plugins; empty when none is registered
 */
public record ClientList(@JsonValue List<ClientData> clients) {
    /**
     * Keeps the list as read from the JSON array.
     *
     * @param clients the array's entries; null becomes an empty list; copied, unmodifiable
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ClientList {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }
}
