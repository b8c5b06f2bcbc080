package org.tracimdaemon.sdk.reliability;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
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
 * Everything that reads bytes from the socket, fed mutated samples: the envelope decoder, the TLM
 * decoder (JSON string and embedded object), and every payload record, asked of every TLM (the
 * right record and all the wrong ones). The property: nothing escapes but a DecodeException.
 * Tries: jqwik.tries.default (1000 by default, 100000 with -Plong).
 */
class DecoderFuzzTest {
    static final List<Class<?>> TLM_RECORDS = List.of(UserEvent.class, WorkspaceEvent.class,
            WorkspaceMemberEvent.class, WorkspaceSubscriptionEvent.class, ContentEvent.class, MentionEvent.class,
            ReactionEvent.class, TagEvent.class, ContentTagEvent.class, UserCallEvent.class, UserConfigEvent.class);

    static final List<Class<?>> DATA_RECORDS = List.of(AccountInfoData.class, ClientData.class, ClientList.class,
            RequestResult.class);

    @Provide
    Arbitrary<byte[]> envelopes() {
        return Fuzz.mutationsOf(Fuzz.ENVELOPE_SEEDS);
    }

    @Provide
    Arbitrary<byte[]> tlms() {
        return Fuzz.mutationsOf(Fuzz.TLM_SEEDS);
    }

    @Property
    void theEnvelopeDecoderThrowsNothingButDecodeException(@ForAll("envelopes") byte[] message) {
        DaemonEvent event = Fuzz.onlyDecodeErrors(() -> DaemonEvent.decode(message));
        Statistics.label("envelope").collect(event == null ? "DecodeException" : "decoded");
        if (event != null) {
            assertNotNull(event.path());
            assertNotNull(event.type());
            assertNotNull(event.data());
            Fuzz.exercise(event);
        }
    }

    @Provide
    Arbitrary<byte[]> payloads() {
        return Fuzz.payloadMutationsOf(Fuzz.ENVELOPE_SEEDS);
    }

    @Property
    void everyDaemonPayloadRecordThrowsNothingButDecodeException(@ForAll("payloads") byte[] message) {
        DaemonEvent event = Fuzz.onlyDecodeErrors(() -> DaemonEvent.decode(message));
        if (event == null) {
            return;
        }
        for (Class<?> type : DATA_RECORDS) {
            Fuzz.exercise(Fuzz.onlyDecodeErrors(() -> event.dataAs(type)));
        }
        TLMEvent tlm = Fuzz.onlyDecodeErrors(() -> TLMEvent.decode(event));
        if (tlm != null) {
            everyTlmRecord(tlm);
        }
    }

    @Property
    void theTlmDecoderThrowsNothingButDecodeExceptionInEveryForm(@ForAll("tlms") byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        TLMEvent direct = Fuzz.onlyDecodeErrors(() -> TLMEvent.decode(text));
        Statistics.label("tlm").collect(direct == null ? "DecodeException" : "decoded");
        TLMEvent asString = Fuzz.onlyDecodeErrors(() -> TLMEvent.decode(
                new DaemonEvent(Seeds.MASTER, "daemon_tracim_event", new TextNode(text))));
        DaemonEvent embedded = Fuzz.onlyDecodeErrors(() -> DaemonEvent.decode(Seeds.tracimEventAsObject(text)));
        TLMEvent asObject = embedded == null ? null : Fuzz.onlyDecodeErrors(() -> TLMEvent.decode(embedded));
        for (TLMEvent tlm : new TLMEvent[] {direct, asString, asObject}) {
            if (tlm != null) {
                Fuzz.exercise(tlm);
                tlm.entity();
                tlm.operation();
                tlm.contentType();
                everyTlmRecord(tlm);
            }
        }
    }

    private static void everyTlmRecord(TLMEvent tlm) {
        Fuzz.onlyDecodeErrors(tlm::fieldsTree);
        for (Class<?> type : TLM_RECORDS) {
            Fuzz.exercise(Fuzz.onlyDecodeErrors(() -> tlm.fields(type)));
        }
    }
}
