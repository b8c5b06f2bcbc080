package org.tracimdaemon.sdk.processor;

import java.util.List;

/**
 * One {@code @OnEvent} value split into its dot-separated parts. A part {@code *} stands for one
 * whole part, except a last {@code *}, which stands for all the remaining parts (one or more):
 * {@code content.*} matches {@code content.created.file}, {@code *.deleted} matches
 * {@code user.deleted} but not {@code content.deleted.file}.
 *
 * @param text  the value as written
 * @param parts its parts, e.g. {@code [content, created, *]}
 */
record EventPattern(String text, List<String> parts) {
    static final String WILDCARD = "*";

    EventPattern {
        parts = List.copyOf(parts);
    }

    static EventPattern parse(String text) {
        return new EventPattern(text, List.of(text.split("\\.", -1)));
    }

    /** Whether it has a {@code *} anywhere (well placed or not). */
    boolean isPattern() {
        return text.contains(WILDCARD);
    }

    /** Whether a part mixes {@code *} with letters, such as {@code creat*}: not a valid pattern. */
    boolean hasPartialWildcard() {
        return parts.stream().anyMatch(part -> part.contains(WILDCARD) && !part.equals(WILDCARD));
    }

    /**
     * Whether the {@code *} parts are not all next to each other, as in {@code *.created.*}: the
     * dispatcher checks a pattern against types it does not know with one prefix and one suffix.
     */
    boolean hasSplitWildcards() {
        int first = parts.indexOf(WILDCARD);
        int last = parts.lastIndexOf(WILDCARD);
        return first >= 0 && parts.subList(first, last + 1).stream().anyMatch(part -> !part.equals(WILDCARD));
    }

    /** Whether the last part is {@code *}, which covers one or more remaining parts. */
    boolean isOpenEnded() {
        return parts.get(parts.size() - 1).equals(WILDCARD);
    }

    /** Whether this value names {@code eventType}, exactly or as a pattern. */
    boolean matches(String eventType) {
        String[] typeParts = eventType.split("\\.", -1);
        if (isOpenEnded() ? typeParts.length < parts.size() : typeParts.length != parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (!part.equals(WILDCARD) && !part.equals(typeParts[i])) {
                return false;
            }
        }
        return true;
    }

    /** The literal start every matching type has, e.g. {@code content.created.}; empty if none. */
    String prefix() {
        int first = parts.indexOf(WILDCARD);
        return first <= 0 ? "" : String.join(".", parts.subList(0, first)) + ".";
    }

    /** The literal end every matching type has, e.g. {@code .deleted}; empty if none. */
    String suffix() {
        int last = parts.lastIndexOf(WILDCARD);
        return last < 0 || last == parts.size() - 1 ? "" : "." + String.join(".", parts.subList(last + 1, parts.size()));
    }

    /**
     * This pattern's shape applied to a known type: the type's parts where this pattern has
     * {@code *}, cut after an open-ended {@code *}. What "did you mean" compares a pattern with.
     */
    String generalise(String eventType) {
        String[] typeParts = eventType.split("\\.", -1);
        if (isOpenEnded() ? typeParts.length < parts.size() : typeParts.length != parts.size()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? "" : ".").append(parts.get(i).equals(WILDCARD) ? WILDCARD : typeParts[i]);
        }
        return out.toString();
    }
}
