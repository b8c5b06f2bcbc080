package org.tracimdaemon.sdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;
import org.tracimdaemon.sdk.runtime.internal.tlm.DatabindFields;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * The streaming decoders against the Jackson trees and databind they replace, on every sample and
 * on mutations of them: the TLM header reader accepts exactly what Jackson reads whole (and reads
 * the same header), the envelope decoder accepts what the tree decoder accepted, and every payload
 * record decodes to the same record as through databind, or fails at the same key.
 */
class DecoderDifferentialTest {

    @Provide
    Arbitrary<String> tlmTexts() {
        Arbitrary<String> mutated = Fuzz.mutationsOf(Fuzz.TLM_SEEDS).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        // Mutations by the character, with JSON's own punctuation: documents that are almost JSON.
        Arbitrary<String> edited = Combinators.combine(Arbitraries.of(Fuzz.TLM_SEEDS), Arbitraries.longs(),
                Arbitraries.integers().between(1, 3)).as((seed, random, count) ->
                        edit(new String(seed, StandardCharsets.UTF_8), new Random(random), count));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(50, mutated), net.jqwik.api.Tuple.of(50, edited));
    }

    private static String edit(String json, Random random, int count) {
        String alphabet = "{}[]\",:-+.0123456789eEtrufalsn\\ \t\n/'x";
        StringBuilder text = new StringBuilder(json);
        for (int i = 0; i < count && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, c);
                case 1 -> text.deleteCharAt(at);
                case 2 -> text.append(random.nextBoolean() ? " " + c : String.valueOf(c));
                default -> text.setCharAt(at, c);
            }
        }
        return text.toString();
    }

    @Property
    void theHeaderReaderAcceptsExactlyWhatJacksonReads(@ForAll("tlmTexts") String json) {
        Optional<TLMEvent> expected = JacksonReference.header(json);
        Optional<TLMEvent> actual = Optional.ofNullable(Fuzz.onlyDecodeErrors(() -> TLMEvent.decode(json)));
        Statistics.label("header").collect(expected.isPresent() ? "JSON" : "refused by Jackson");
        if (expected.isPresent() && actual.isEmpty() && JacksonReference.hasDuplicateKeys(json)) {
            return; // a stream sees each value of a repeated key ("fields": 1 then an object), a tree the last
        }
        assertEquals(expected, actual, json);
        // Carried by the daemon as a string, the same document gets the same answer once read
        // beyond its header (decoding it reads the header alone), and a header alone is the same.
        DaemonEvent carried = DaemonEvent.decode(Seeds.tracimEventAsString(json));
        TLMEvent header = Fuzz.onlyDecodeErrors(() -> TLMEvent.decode(carried));
        assertEquals(actual, Optional.ofNullable(header == null ? null : Fuzz.onlyDecodeErrors(() -> {
            header.fieldsTree();
            return header;
        })), json);
        if (header != null && actual.isEmpty()) {
            Statistics.label("carried").collect("header decoded, document refused on first read");
        }
    }

    @Example
    void everySampleDecodesToTheSameRecordsAsThroughDatabind() {
        int compared = 0;
        for (byte[] seed : Fuzz.TLM_SEEDS) {
            String json = new String(seed, StandardCharsets.UTF_8);
            for (TLMEvent tlm : forms(json)) {
                compared += sameAsDatabind(tlm);
            }
        }
        assertEquals(25 * 3 * DecoderFuzzTest.TLM_RECORDS.size(), compared);
    }

    @Property
    void mutatedTlmsDecodeToTheSameRecordsAsThroughDatabind(@ForAll("tlms") byte[] document) {
        String json = new String(document, StandardCharsets.UTF_8);
        for (TLMEvent tlm : forms(json)) {
            sameAsDatabind(tlm);
        }
    }

    @Provide
    Arbitrary<byte[]> tlms() {
        return Fuzz.mutationsOf(Fuzz.TLM_SEEDS);
    }

    @Provide
    Arbitrary<byte[]> envelopes() {
        return Arbitraries.oneOf(Fuzz.mutationsOf(Fuzz.ENVELOPE_SEEDS), Fuzz.payloadMutationsOf(Fuzz.ENVELOPE_SEEDS));
    }

    @Property
    void theEnvelopeDecoderAcceptsWhatTheTreeDecoderDid(@ForAll("envelopes") byte[] message) {
        Outcome expected = outcome(() -> {
            JacksonReference.Envelope envelope = JacksonReference.envelope(message);
            return List.of(envelope.path(), envelope.type(), envelope.data());
        });
        DaemonEvent event = Fuzz.onlyDecodeErrors(() -> DaemonEvent.decode(message));
        Outcome actual = outcome(() -> {
            DaemonEvent decoded = DaemonEvent.decode(message);
            return List.of(decoded.path(), decoded.type(), decoded.data());
        });
        Statistics.label("envelope").collect(expected.value() == null ? "refused" : "decoded");
        assertEquals(expected.value() == null, actual.value() == null, () -> new String(message, StandardCharsets.UTF_8));
        assertEquals(expected.value(), actual.value());
        if (event != null) {
            TLMEvent tlm = Fuzz.onlyDecodeErrors(() -> TLMEvent.decode(event));
            if (tlm != null) {
                sameAsDatabind(tlm);
            }
        }
    }

    /** A document as TLMEvent.decode(String), inside a daemon string, and embedded as an object (when it is JSON). */
    private static List<TLMEvent> forms(String json) {
        return java.util.stream.Stream.<Supplier<TLMEvent>>of(
                        () -> TLMEvent.decode(json),
                        () -> TLMEvent.decode(DaemonEvent.decode(Seeds.tracimEventAsString(json))),
                        () -> TLMEvent.decode(DaemonEvent.decode(Seeds.tracimEventAsObject(json))))
                .map(Fuzz::onlyDecodeErrors)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Every payload record of {@code tlm} by the streaming readers and by databind: the same. Returns how many. */
    private static int sameAsDatabind(TLMEvent tlm) {
        for (Class<?> type : DecoderFuzzTest.TLM_RECORDS) {
            Outcome streamed = outcome(() -> tlm.fields(type));
            Outcome databind = outcome(() -> DatabindFields.of(tlm, type));
            Statistics.label("record").collect(databind.value() == null ? "fails" : "decodes");
            assertEquals(databind, streamed, () -> type.getSimpleName() + " of " + tlm.json());
        }
        return DecoderFuzzTest.TLM_RECORDS.size();
    }

    /** What decoding gave: the value, or where the DecodeException said the fault was. */
    record Outcome(Object value, String failedAt) {}

    private static Outcome outcome(Supplier<?> decoding) {
        try {
            return new Outcome(decoding.get(), null);
        } catch (DecodeException e) {
            return new Outcome(null, e.where());
        }
    }
}
