package org.tracimdaemon.sdk.reliability;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/** What the fuzzers share: their inputs, and the one exception a decoder may throw. */
final class Fuzz {
    private Fuzz() {}

    /** Every seed a message from the daemon can start from: its samples, and each TLM sample in both forms. */
    static final List<byte[]> ENVELOPE_SEEDS = envelopeSeeds();

    static final List<byte[]> TLM_SEEDS = Seeds.tlms().stream()
            .map(tlm -> tlm.getBytes(StandardCharsets.UTF_8)).toList();

    private static List<byte[]> envelopeSeeds() {
        List<byte[]> seeds = new ArrayList<>(Seeds.daemonMessages());
        for (String tlm : Seeds.tlms()) {
            seeds.add(Seeds.tracimEventAsString(tlm));
            seeds.add(Seeds.tracimEventAsObject(tlm));
        }
        return List.copyOf(seeds);
    }

    /** Mostly 1 to 4 mutations of a seed; some seeds untouched; some random bytes. */
    static Arbitrary<byte[]> mutationsOf(List<byte[]> seeds) {
        Arbitrary<byte[]> mutated = Combinators.combine(Arbitraries.of(seeds), Arbitraries.longs(),
                Arbitraries.integers().between(1, 4)).as((seed, random, count) -> Mutator.mutate(seed, new Random(random),
                        count));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(85, mutated),
                net.jqwik.api.Tuple.of(5, Arbitraries.of(seeds)),
                net.jqwik.api.Tuple.of(10, noise));
    }

    /**
     * Envelopes that stay readable, with their {@code data} mutated (inside the TLM string for a
     * {@code daemon_tracim_event}), so that the dispatcher gets past the envelope; a quarter
     * mutated whole, as {@link #mutationsOf}.
     */
    static Arbitrary<byte[]> payloadMutationsOf(List<byte[]> seeds) {
        Arbitrary<byte[]> insideData = Combinators.combine(Arbitraries.of(seeds), Arbitraries.longs(),
                Arbitraries.integers().between(1, 3)).as((seed, random, count) -> mutateData(seed, new Random(random),
                        count));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(75, insideData),
                net.jqwik.api.Tuple.of(25, mutationsOf(seeds)));
    }

    private static byte[] mutateData(byte[] seed, Random random, int count) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode envelope =
                    (com.fasterxml.jackson.databind.node.ObjectNode) Seeds.JSON.readTree(seed);
            com.fasterxml.jackson.databind.JsonNode data = envelope.get("data");
            if (data == null) {
                return Mutator.mutate(seed, random, count);
            }
            if (data.isTextual()) {
                byte[] inner = Mutator.mutate(data.textValue().getBytes(StandardCharsets.UTF_8), random, count);
                envelope.put("data", new String(inner, StandardCharsets.UTF_8));
            } else {
                byte[] mutated = Mutator.mutate(Seeds.write(data), random, count);
                try {
                    envelope.set("data", Seeds.JSON.readTree(mutated));
                } catch (java.io.IOException notJson) {
                    envelope.put("data", new String(mutated, StandardCharsets.UTF_8));
                }
            }
            return Seeds.write(envelope);
        } catch (java.io.IOException | RuntimeException e) {
            return Mutator.mutate(seed, random, count); // e.g. data nested too deep to write back
        }
    }

    /** Runs {@code decoding}; a DecodeException (with a message) is the only failure allowed. */
    static <T> T onlyDecodeErrors(java.util.function.Supplier<T> decoding) {
        try {
            return decoding.get();
        } catch (DecodeException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("a DecodeException without a message", e);
            }
            return null;
        }
    }

    /** Calls what a handler might call on a decoded value: toString, hashCode, equals and every public getter. */
    static void exercise(Object value) {
        if (value == null) {
            return;
        }
        value.toString();
        value.hashCode();
        if (!value.equals(value)) {
            throw new AssertionError("not equal to itself: " + value);
        }
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() == value.getClass()
                    && !method.getName().equals("encode")) { // outgoing, refuses over 4096 bytes by design
                try {
                    method.invoke(value);
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof DecodeException)) {
                        throw new AssertionError(method + " threw", e.getCause());
                    }
                } catch (IllegalAccessException e) {
                    // a record of a non-public nested type: its accessors are not API
                }
            }
        }
    }
}
