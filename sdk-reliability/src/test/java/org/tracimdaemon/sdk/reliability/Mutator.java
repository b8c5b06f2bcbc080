package org.tracimdaemon.sdk.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutations of structure and of bytes, applied to a seed: missing keys, wrong types, deep
 * nesting, huge numbers, invalid UTF-8, truncation, flipped bytes. Deterministic for a given
 * {@link Random}, so that jqwik's seed replays a failure.
 */
final class Mutator {
    private Mutator() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Where deep nesting goes, replaced in the written text. */
    private static final String DEEP = "deep-nesting-goes-here";

    /** The kinds, named for the report. */
    enum Kind {
        REMOVE_KEY, WRONG_TYPE, DEEP_NESTING, HUGE_NUMBER, INVALID_UTF8, TRUNCATE, FLIP_BYTES, DUPLICATE_KEY,
        NEST_IN_STRING
    }

    /** {@code count} mutations of {@code seed}, each of a random kind. */
    static byte[] mutate(byte[] seed, Random random, int count) {
        byte[] bytes = seed;
        for (int i = 0; i < count; i++) {
            bytes = mutate(bytes, random, Kind.values()[random.nextInt(Kind.values().length)]);
        }
        return bytes;
    }

    static byte[] mutate(byte[] seed, Random random, Kind kind) {
        switch (kind) {
            case INVALID_UTF8 -> {
                return invalidUtf8(seed, random);
            }
            case TRUNCATE -> {
                return Arrays.copyOf(seed, seed.length == 0 ? 0 : random.nextInt(seed.length));
            }
            case FLIP_BYTES -> {
                byte[] copy = seed.clone();
                for (int i = 0, n = 1 + random.nextInt(4); i < n && copy.length > 0; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case DUPLICATE_KEY -> {
                String text = new String(seed, StandardCharsets.UTF_8);
                int brace = text.indexOf('{');
                if (brace < 0) {
                    return seed;
                }
                String[] keys = {"type", "data", "path", "event_type", "event_id", "fields", "created", "TYPE"};
                String value = randomScalar(random).toString();
                return (text.substring(0, brace + 1) + "\"" + keys[random.nextInt(keys.length)] + "\":" + value + ","
                        + text.substring(brace + 1)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                JsonNode tree;
                try {
                    tree = Seeds.JSON.readTree(seed);
                } catch (IOException e) {
                    return invalidUtf8(seed, random); // not JSON any more: mutate the bytes instead
                }
                if (tree == null) {
                    return seed;
                }
                if (kind == Kind.DEEP_NESTING) {
                    // Jackson refuses to write a tree deeper than 1000: nest in the text instead.
                    int depth = random.nextBoolean() ? 100 + random.nextInt(900) : 1_000 + random.nextInt(20_000);
                    boolean arrays = random.nextBoolean();
                    String nested = (arrays ? "[" : "{\"x\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
                    String text = new String(Seeds.write(mutateTree(tree, random, kind)), StandardCharsets.UTF_8);
                    return text.replace("\"" + DEEP + "\"", nested).getBytes(StandardCharsets.UTF_8);
                }
                return Seeds.write(mutateTree(tree, random, kind));
            }
        }
    }

    /** Applies a structural mutation to a random node; strings holding JSON (a TLM) are entered too. */
    private static JsonNode mutateTree(JsonNode root, Random random, Kind kind) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return replacement(root, random, kind);
        }
        ContainerNode<?> parent = (ContainerNode<?>) containers.get(random.nextInt(containers.size()));
        if (parent.size() == 0) {
            return root;
        }
        if (parent instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (kind == Kind.REMOVE_KEY) {
                object.remove(name);
            } else {
                object.set(name, replacement(object.get(name), random, kind));
            }
        } else if (parent instanceof ArrayNode array) {
            int index = random.nextInt(array.size());
            if (kind == Kind.REMOVE_KEY) {
                array.remove(index);
            } else {
                array.set(index, replacement(array.get(index), random, kind));
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static JsonNode replacement(JsonNode old, Random random, Kind kind) {
        return switch (kind) {
            case DEEP_NESTING -> NODES.textNode(DEEP);
            case HUGE_NUMBER -> switch (random.nextInt(5)) {
                case 0 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(2_000))));
                case 1 -> NODES.numberNode(new BigDecimal("1e" + (300 + random.nextInt(100_000))));
                case 2 -> NODES.numberNode(Long.MIN_VALUE);
                case 3 -> NODES.numberNode(-0.0);
                default -> NODES.numberNode(new BigDecimal(new BigInteger("1" + "0".repeat(random.nextInt(1_500))),
                        random.nextInt(3_000) - 1_500));
            };
            case NEST_IN_STRING -> {
                // A TLM travels as a JSON string: mutate inside it, or turn an object into its string form.
                if (old.isTextual()) {
                    byte[] inner = old.textValue().getBytes(StandardCharsets.UTF_8);
                    Kind innerKind = Kind.values()[random.nextInt(Kind.values().length)];
                    yield NODES.textNode(new String(mutate(inner, random, innerKind), StandardCharsets.UTF_8));
                }
                yield NODES.textNode(old.toString());
            }
            default -> randomValue(random);
        };
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.objectNode().put("x", random.nextInt());
            case 1 -> NODES.arrayNode().add(random.nextLong());
            default -> randomScalar(random);
        };
    }

    private static JsonNode randomScalar(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(random.nextDouble() * 1e12);
            case 4 -> NODES.textNode("");
            case 5 -> NODES.textNode("2025-13-45T99:99:99Z");
            case 6 -> NODES.textNode("\uD800 lone surrogate \u0000 nul");
            default -> NODES.textNode(Long.toString(random.nextLong()));
        };
    }

    /** Overlong forms, lone continuation bytes, surrogates encoded in UTF-8, cut sequences. */
    private static byte[] invalidUtf8(byte[] seed, Random random) {
        byte[][] bad = {
            {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
        };
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = seed.length == 0 ? 0 : random.nextInt(seed.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + insert.length);
        out.write(seed, 0, at);
        out.write(insert, 0, insert.length);
        out.write(seed, at, seed.length - at);
        return out.toByteArray();
    }
}
