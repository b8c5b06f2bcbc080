package org.tracimdaemon.sdk.runtime.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracimdaemon.sdk.runtime.DaemonClient;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.tlm.Content;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.FileContent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.tlm.TodoContent;
import org.tracimdaemon.sdk.runtime.tlm.UserEvent;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.testkit.Samples;

/**
 * Each call generated code makes: what it returns when all is well, and on failure the one
 * report the context gets, with the payload described as {@code DispatchError} shows it.
 */
class GeneratedDispatchTest {
    private final Recording context = new Recording();

    @Test
    void dataDecodesTheDaemonMessagesPayload() {
        DaemonEvent event = DaemonEvent.decode(Samples.daemonMessage("daemon_account_info"));

        AccountInfoData info = GeneratedDispatch.data(event, AccountInfoData.class, context);

        assertEquals(event.dataAs(AccountInfoData.class), info);
        assertEquals(List.of(), context.reports);
    }

    @Test
    void dataThatDoesNotDecodeIsReportedAsTheRecordOfTheDaemonType() {
        DaemonEvent event = message("{\"path\":\"/m.sock\",\"type\":\"daemon_account_info\",\"data\":{}}");
        DecodeException expected = assertThrows(DecodeException.class, () -> event.dataAs(AccountInfoData.class));

        assertNull(GeneratedDispatch.data(event, AccountInfoData.class, context));

        assertEquals(List.of("payload AccountInfoData of daemon_account_info: " + expected.getMessage()), context.reports);
    }

    @Test
    void tlmDecodesTheTracimEventsHeader() {
        DaemonEvent event = DaemonEvent.decode(Samples.daemonMessage("daemon_tracim_event"));

        TLMEvent tlm = GeneratedDispatch.tlm(event, context);

        assertEquals(TLMEvent.decode(event).eventType(), tlm.eventType());
        assertEquals(List.of(), context.reports);
    }

    @Test
    void aTlmThatDoesNotDecodeIsReportedAsTheTlmOfTheTracimEvent() {
        DaemonEvent event = message("{\"path\":\"/m.sock\",\"type\":\"daemon_tracim_event\",\"data\":42}");

        assertNull(GeneratedDispatch.tlm(event, context));

        assertEquals(List.of("payload TLMEvent of daemon_tracim_event: data: a daemon_tracim_event carries the TLM"
                + " as a JSON string or object, got number"), context.reports);
    }

    @Test
    void fieldsDecodeTheTlmsPayload() {
        TLMEvent tlm = TLMEvent.decode(Samples.tlm("content.created.html-document"));

        ContentEvent fields = GeneratedDispatch.fields(tlm, ContentEvent.class, context);

        assertEquals(tlm.fields(ContentEvent.class), fields);
        assertEquals(List.of(), context.reports);
    }

    @Test
    void fieldsThatDoNotDecodeAreReportedAsTheRecordOfTheEventType() {
        TLMEvent tlm = TLMEvent.decode(Samples.tlm("content.created.html-document"));
        DecodeException expected = assertThrows(DecodeException.class, () -> tlm.fields(UserEvent.class));

        assertNull(GeneratedDispatch.fields(tlm, UserEvent.class, context));

        assertEquals(List.of("payload UserEvent of content.created.html-document: " + expected.getMessage()),
                context.reports);
    }

    @Test
    void variantIsTheMainObjectAsTheShapeTheEventTypePromises() {
        TLMEvent tlm = TLMEvent.decode(Samples.tlm("content.modified.file"));
        Content content = tlm.fields(ContentEvent.class).content();

        FileContent file = GeneratedDispatch.variant(content, FileContent.class, "fields.content", tlm, context);

        assertSame(content, file);
        assertNull(GeneratedDispatch.variant(null, FileContent.class, "fields.content", tlm, context),
                "no main object when its payload did not decode: already reported");
        assertEquals(List.of(), context.reports);
    }

    @Test
    void anotherVariantIsReportedAtTheMainObjectsKey() {
        TLMEvent tlm = TLMEvent.decode(Samples.tlm("content.modified.file"));
        Content content = tlm.fields(ContentEvent.class).content();

        assertNull(GeneratedDispatch.variant(content, TodoContent.class, "fields.content", tlm, context));

        assertEquals(List.of("payload TodoContent of content.modified.file: fields.content: expected a TodoContent,"
                + " got a FileContent"), context.reports);
        assertEquals("fields.content", assertInstanceOf(DecodeException.class, context.causes.get(0)).where());
    }

    @Test
    void partCountCountsTheDotSeparatedParts() {
        assertEquals(3, GeneratedDispatch.partCount("content.created.file"));
        assertEquals(2, GeneratedDispatch.partCount("mention.created"));
        assertEquals(1, GeneratedDispatch.partCount("daemon"));
        assertEquals(3, GeneratedDispatch.partCount("a..b"), "an empty part is a part");
    }

    @Test
    void aHandlerThatThrowsIsReportedWithWhatItThrew() {
        StackOverflowError thrown = new StackOverflowError("deep");

        GeneratedDispatch.handlerFailed(context, "NoteWatcher.noteCreated", thrown);

        assertEquals(List.of("handler NoteWatcher.noteCreated: deep"), context.reports);
        assertSame(thrown, context.causes.get(0));
    }

    private static DaemonEvent message(String json) {
        return DaemonEvent.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    /** What generated code told the context, one line a report. */
    private static final class Recording implements DispatchContext {
        final List<String> reports = new ArrayList<>();
        final List<Throwable> causes = new ArrayList<>();

        @Override
        public DaemonClient daemon() {
            throw new AssertionError("no handler here calls the daemon");
        }

        @Override
        public void handlerFailed(String handler, Throwable cause) {
            reports.add("handler " + handler + ": " + cause.getMessage());
            causes.add(cause);
        }

        @Override
        public void payloadFailed(String payload, DecodeException cause) {
            reports.add("payload " + payload + ": " + cause.getMessage());
            causes.add(cause);
        }
    }
}
