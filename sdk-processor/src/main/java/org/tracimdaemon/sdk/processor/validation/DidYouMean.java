package org.tracimdaemon.sdk.processor.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;

/**
 * The known names nearest to a misspelt one: the same name with other separators or letter case,
 * the same name with a content type's REST alias ({@code page}, {@code journal}) replaced, else
 * the names at the smallest edit distance (adjacent letters swapped counting as one edit), if it
 * is small for the name's length, among the types of the name's entity when it is a known one;
 * else that entity's types.
 */
final class DidYouMean {
    private static final int MAX_SUGGESTIONS = 3;

    private DidYouMean() {}

    static List<String> suggest(String typo, Collection<String> candidates) {
        String typoKey = separatorFree(typo);
        List<String> sameLetters = candidates.stream().filter(c -> separatorFree(c).equals(typoKey)).toList();
        if (!sameLetters.isEmpty()) {
            return limit(sameLetters);
        }
        String unaliased = unalias(typo);
        if (!unaliased.equals(typo)) {
            List<String> viaAlias = suggest(unaliased, candidates);
            if (!viaAlias.isEmpty()) {
                return viaAlias;
            }
        }
        // A known entity is rarely the typo: look among its own types first.
        String entity = typo.split("\\.", -1)[0] + ".";
        List<String> sameEntity = candidates.stream().filter(candidate -> candidate.startsWith(entity)).toList();
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String candidate : sameEntity.isEmpty() ? candidates : sameEntity) {
            int distance = distance(typo, candidate);
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            if (distance == best) {
                nearest.add(candidate);
            }
        }
        return best <= Math.max(2, typo.length() / 3) ? limit(nearest) : sameEntity(typo, candidates);
    }

    /**
     * An operation the entity does not have, such as {@code mention.modified}: its entity's types
     * (for content, those of the same content type).
     */
    private static List<String> sameEntity(String typo, Collection<String> candidates) {
        String[] parts = typo.split("\\.", -1);
        if (parts.length < 2) {
            return List.of();
        }
        return limit(candidates.stream()
                .filter(candidate -> {
                    String[] known = candidate.split("\\.", -1);
                    if (known.length != parts.length || !known[0].equals(parts[0])) {
                        return false;
                    }
                    return parts.length == 2 || known[known.length - 1].equals(parts[parts.length - 1]);
                })
                .toList());
    }

    private static List<String> limit(List<String> names) {
        return names.stream().distinct().limit(MAX_SUGGESTIONS).toList();
    }

    private static String separatorFree(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[._\\-\\s/:]", "");
    }

    private static String unalias(String name) {
        String[] parts = name.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            for (Map.Entry<String, String> alias : EventCatalogue.CONTENT_TYPE_ALIASES.entrySet()) {
                if (parts[i].equalsIgnoreCase(alias.getKey())) {
                    parts[i] = alias.getValue();
                }
            }
        }
        return String.join(".", parts);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
