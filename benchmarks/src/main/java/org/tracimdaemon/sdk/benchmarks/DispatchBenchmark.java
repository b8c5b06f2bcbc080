package org.tracimdaemon.sdk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tracimdaemon.sdk.runtime.DaemonClient;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.tlm.DatabindFields;
import org.tracimdaemon.sdk.runtime.tlm.ContentEvent;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * One 2.9 KB {@code daemon_tracim_event} (content.created.html-document, the TLM encoded twice as
 * the daemon sends it), from bytes to a handler, side by side: this SDK's generated dispatcher
 * (streaming readers), the same decode through databind, string maps and trees, the parse-only
 * floor; and a 2.8 KB event no handler takes, against reading its type alone. The methods that read
 * one array again and again flatter the SDK, which keeps one unescaped TLM per thread and finds
 * it unescaped already; issue 15's figures are those of {@link DecodeVariants} (typedLabel,
 * mapAndTreeLabel, untakenType), whose ratios {@link DecodeSideBySide} measures interleaved.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DispatchBenchmark {
    private byte[] message;
    private byte[] unhandled;
    private NoteHandlersDispatcher generated;
    private StringMapDispatch stringMap;
    private ParseOnly parseOnly;
    private DispatchContext context;
    private DecodeVariants variants;

    @Setup
    public void setUp(Blackhole sink) {
        message = sample("/daemon_tracim_event.json");
        unhandled = sample("/daemon_tracim_event.content.modified.folder.json");
        generated = NoteHandlersDispatcher.of(sink::consume);
        stringMap = new StringMapDispatch();
        stringMap.onTlm("content.created.html-document", sink::consume);
        parseOnly = new ParseOnly();
        context = new FailingContext();
        variants = new DecodeVariants();
    }

    /** Issue 15's typed decode: TLMEvent.decode, fields(ContentEvent.class), the label (each call the next of 16 copies of the message). */
    @Benchmark
    public String typedLabel() {
        return variants.typed();
    }

    /** Issue 15's baseline: the envelope into a map, the TLM string into a tree, the label from it. */
    @Benchmark
    public String mapAndTreeLabel() {
        return variants.mapAndTree();
    }

    /** Issue 15's event no handler takes: the envelope decoded and the TLM's type read (the next copy each call). */
    @Benchmark
    public String untakenType() {
        return variants.untakenType();
    }

    /** What {@link #untakenType} cannot avoid: the envelope decoded, its type read. */
    @Benchmark
    public String envelopeType() {
        return variants.envelopeType();
    }

    /** This SDK: envelope streamed, TLM header read, fields decoded into ContentEvent, typed call. */
    @Benchmark
    public void generatedDispatcher() {
        generated.dispatch(DaemonEvent.decode(message), context);
    }

    /** The Go and Python SDKs' way: trees and string-keyed maps. */
    @Benchmark
    public void stringMapWithTree() {
        stringMap.dispatch(message);
    }

    /** An event no handler takes (a 2.9 KB folder change): this SDK reads only the TLM's header. */
    @Benchmark
    public void generatedDispatcherUnhandled() {
        generated.dispatch(DaemonEvent.decode(unhandled), context);
    }

    /** The same event through string maps: both trees are built before the lookup misses. */
    @Benchmark
    public void stringMapWithTreeUnhandled() {
        stringMap.dispatch(unhandled);
    }

    /**
     * What an event no handler takes cannot avoid: the envelope decoded and the TLM's header read
     * (which checks the whole document is JSON). {@link #generatedDispatcherUnhandled} minus this
     * is what dispatch adds.
     */
    @Benchmark
    public String readTypeUnhandled() {
        return TLMEvent.decode(DaemonEvent.decode(unhandled)).eventType();
    }

    /** The typed decode through Jackson databind, as the SDK did before its streaming readers. */
    @Benchmark
    public ContentEvent databindDecode() {
        return DatabindFields.of(TLMEvent.decode(DaemonEvent.decode(message)), ContentEvent.class);
    }

    /** The floor: every token read, nothing built. */
    @Benchmark
    public int parseOnly() {
        return parseOnly.tokens(message);
    }

    static byte[] sample(String resource) {
        try (InputStream in = DispatchBenchmark.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A benchmark whose event fails would measure the error path: make that loud. */
    private static final class FailingContext implements DispatchContext {
        @Override
        public DaemonClient daemon() {
            throw new UnsupportedOperationException("the measured handler takes no DaemonClient");
        }

        @Override
        public void handlerFailed(String handler, Throwable cause) {
            throw new IllegalStateException(handler + " failed", cause);
        }

        @Override
        public void payloadFailed(String payload, DecodeException cause) {
            throw new IllegalStateException(payload + " failed", cause);
        }
    }
}
