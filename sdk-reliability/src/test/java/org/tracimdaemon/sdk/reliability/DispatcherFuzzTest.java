package org.tracimdaemon.sdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;
import org.tracimdaemon.sdk.runtime.DaemonClient;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.ContentTagEvent;
import org.tracimdaemon.sdk.runtime.tlm.MentionEvent;
import org.tracimdaemon.sdk.runtime.tlm.ReactionEvent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.TagEvent;
import org.tracimdaemon.sdk.runtime.tlm.UserCallEvent;
import org.tracimdaemon.sdk.runtime.tlm.UserConfigEvent;
import org.tracimdaemon.sdk.runtime.tlm.UserEvent;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceEvent;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceMemberEvent;
import org.tracimdaemon.sdk.runtime.tlm.WorkspaceSubscriptionEvent;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.ClientData;
import org.tracimdaemon.sdk.runtime.wire.ClientList;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.RequestResult;

/**
 * The generated dispatcher of {@link FuzzedPlugin}, fed every mutated message that still decodes
 * as an envelope. Its verdict is checked against the decoders called directly: an event whose
 * payload does not decode gives exactly one payloadFailed and no handler call; one that decodes
 * calls exactly its handler, with an equal value, and a throwing handler gives exactly one
 * handlerFailed. Nothing escapes {@code dispatch}.
 */
class DispatcherFuzzTest {
    /** What a TLM entity's handler is called, which record it takes, and which event types reach it. */
    private record Route(String handler, Class<?> record, Function<String, Boolean> matches) {}

    private static final Map<String, Route> TLM_ROUTES = Map.ofEntries(
            route("user", "user", UserEvent.class), route("workspace", "workspace", WorkspaceEvent.class),
            route("workspace_member", "member", WorkspaceMemberEvent.class),
            route("workspace_subscription", "subscription", WorkspaceSubscriptionEvent.class),
            route("content", "content", ContentEvent.class),
            Map.entry("mention", new Route("mention", MentionEvent.class, "mention.created"::equals)),
            route("reaction", "reaction", ReactionEvent.class), route("tag", "tag", TagEvent.class),
            route("content_tag", "contentTag", ContentTagEvent.class),
            route("user_call", "userCall", UserCallEvent.class),
            Map.entry("user_config", new Route("userConfig", UserConfigEvent.class, "user_config.modified"::equals)));

    private static final Map<String, Route> DAEMON_ROUTES = Map.of(
            "daemon_account_info", new Route("accountInfo", AccountInfoData.class, type -> true),
            "daemon_clients", new Route("clients", ClientList.class, type -> true),
            "daemon_client_added", new Route("clientAdded", ClientData.class, type -> true),
            "daemon_client_deleted", new Route("clientDeleted", ClientData.class, type -> true),
            "daemon_request_result", new Route("requestResult", RequestResult.class, type -> true));

    private static Map.Entry<String, Route> route(String entity, String handler, Class<?> record) {
        return Map.entry(entity, new Route(handler, record, type -> true));
    }

    /** What the dispatcher must do with one event. */
    private record Expected(String handler, Object argument, boolean badPayload) {
        static final Expected NOTHING = new Expected(null, null, false);
    }

    private final RecordingPlugin plugin = new RecordingPlugin();
    private final EventDispatcher dispatcher = FuzzedPluginDispatcher.of(plugin);

    @Provide
    Arbitrary<byte[]> envelopes() {
        return Fuzz.payloadMutationsOf(Fuzz.ENVELOPE_SEEDS);
    }

    @Property
    void aBadEventIsReportedExactlyOnceAndAGoodOneCallsExactlyItsHandler(@ForAll("envelopes") byte[] message,
            @ForAll boolean throwing) {
        DaemonEvent event = Fuzz.onlyDecodeErrors(() -> DaemonEvent.decode(message));
        if (event == null) {
            Statistics.label("outcome").collect("unreadable envelope");
            return;
        }
        Expected expected = expect(event);
        plugin.calls.clear();
        plugin.throwing = throwing;
        RecordingContext context = new RecordingContext();

        dispatcher.dispatch(event, context); // must not throw

        if (expected.badPayload) {
            Statistics.label("outcome").collect("bad payload");
            assertEquals(1, context.payloadFailures.size(), () -> "one payloadFailed for " + event);
            assertEquals(List.of(), plugin.calls, "no handler for a bad payload");
            assertEquals(List.of(), context.handlerFailures);
        } else if (expected.handler != null) {
            Statistics.label("outcome").collect(throwing ? "handled, handler threw" : "handled");
            assertEquals(List.of(new RecordingPlugin.Call(expected.handler, expected.argument)), plugin.calls);
            assertEquals(List.of(), context.payloadFailures);
            assertEquals(throwing ? List.of("FuzzedPlugin." + expected.handler) : List.of(),
                    context.handlerFailures, "one handlerFailed per throwing handler call");
        } else {
            Statistics.label("outcome").collect("no handler");
            assertEquals(List.of(), plugin.calls);
            assertEquals(List.of(), context.payloadFailures);
            assertEquals(List.of(), context.handlerFailures);
        }
    }

    /** The oracle: the decoders, called directly, without the dispatcher. */
    private static Expected expect(DaemonEvent event) {
        Route daemonRoute = DAEMON_ROUTES.get(event.type());
        if (daemonRoute != null) {
            return decoded(daemonRoute.handler, () -> event.dataAs(daemonRoute.record));
        }
        if (!event.type().equals("daemon_tracim_event")) {
            return Expected.NOTHING;
        }
        TLMEvent tlm;
        try {
            tlm = TLMEvent.decode(event);
        } catch (DecodeException e) {
            return new Expected(null, null, true);
        }
        Route route = TLM_ROUTES.get(tlm.entity());
        if (route == null || EventCatalogue.tlm(tlm.eventType()).isEmpty() || !route.matches.apply(tlm.eventType())) {
            return Expected.NOTHING;
        }
        return decoded(route.handler, () -> tlm.fields(route.record));
    }

    private static Expected decoded(String handler, java.util.function.Supplier<Object> decode) {
        try {
            Object value = decode.get();
            // Absent data decodes to null, and the generated code then skips the handler without a
            // report (a daemon_client_deleted without data does that): documented in the report.
            return value == null ? Expected.NOTHING : new Expected(handler, value, false);
        } catch (DecodeException e) {
            return new Expected(null, null, true);
        }
    }

    /** Records what the dispatcher reports. */
    private static final class RecordingContext implements DispatchContext {
        final List<String> payloadFailures = new ArrayList<>();
        final List<String> handlerFailures = new ArrayList<>();

        @Override
        public DaemonClient daemon() {
            return NO_DAEMON;
        }

        @Override
        public void handlerFailed(String handler, Throwable cause) {
            assertTrue(cause instanceof IllegalStateException, () -> "only the handler's own exception: " + cause);
            handlerFailures.add(handler);
        }

        @Override
        public void payloadFailed(String payload, DecodeException cause) {
            payloadFailures.add(payload + ": " + cause.getMessage());
        }
    }

    private static final DaemonClient NO_DAEMON = new DaemonClient() {
        @Override
        public CompletableFuture<AccountInfoData> accountInfo() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<ClientList> clients() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<Duration> ping() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<RequestResult> request(String method, String endpoint, byte[] body) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path socketPath() {
            return Path.of(Seeds.MASTER);
        }
    };
}
