package org.tracimdaemon.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.catalogue.DaemonMessageType;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.catalogue.Direction;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;

/**
 * The runtime's sets of daemon message types are written out so that start-up does not build the
 * catalogue; here they are checked against it, the one source of truth.
 */
class DaemonTypeSetsTest {
    private static final Set<String> RECEIVED_BY_PLUGINS = EventCatalogue.daemonTypes().stream()
            .filter(type -> EnumSet.of(Direction.TO_PLUGIN, Direction.BOTH).contains(type.direction()))
            .map(DaemonMessageType::name)
            .collect(Collectors.toUnmodifiableSet());

    @Test
    void whatTheLoopExpectsFromTheDaemonIsWhatTheCatalogueSaysItSends() {
        assertEquals(RECEIVED_BY_PLUGINS, DispatchLoop.DAEMON_TO_CLIENT);
    }

    @Test
    void whatIsBelievedOnlyFromTheMasterIsSentByTheDaemonAndIsWhatTheSdkActsOn() {
        assertTrue(RECEIVED_BY_PLUGINS.containsAll(IncomingRouter.FROM_DAEMON_ONLY), IncomingRouter.FROM_DAEMON_ONLY::toString);
        // the answers to the SDK's own calls, and the keep-alive; events and notices are relayed
        assertEquals(Set.of(DaemonTypes.ACCOUNT_INFO, DaemonTypes.CLIENTS, DaemonTypes.REQUEST_RESULT,
                DaemonTypes.PING, DaemonTypes.PONG), IncomingRouter.FROM_DAEMON_ONLY);
    }
}
