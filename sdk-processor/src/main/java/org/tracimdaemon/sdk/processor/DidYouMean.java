package org.tracimdaemon.sdk.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** Other words for an operation, as people write them. */
    private static final Map<String, String> OPERATION_SYNONYMS = Map.ofEntries(
            Map.entry("updated", "modified"), Map.entry("update", "modified"), Map.entry("changed", "modified"),
            Map.entry("edited", "modified"), Map.entry("moved", "modified"), Map.entry("modify", "modified"),
            Map.entry("renamed", "modified"),
            Map.entry("removed", "deleted"), Map.entry("remove", "deleted"), Map.entry("delete", "deleted"),
            Map.entry("trashed", "deleted"),
            Map.entry("added", "created"), Map.entry("new", "created"), Map.entry("add", "created"),
            Map.entry("create", "created"),
            Map.entry("restored", "undeleted"), Map.entry("restore", "undeleted"));

    /** Tracim's other names for its content types. */
    private static final Map<String, String> CONTENT_SYNONYMS = Map.of(
            "note", "html-document", "page", "html-document", "document", "html-document",
            "journal", "logbook", "board", "kanban");

    /** Tracim's other names for its entities; a content type as entity stands for {@code content.*.<type>}. */
    private static final Map<String, String> ENTITY_SYNONYMS = Map.of(
            "call", "user_call", "member", "workspace_member", "space", "workspace", "membership", "workspace_member");

    /** Whether the word is another name for a known content type, such as {@code note}. */
    static boolean isContentSynonym(String word) {
        return CONTENT_SYNONYMS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    static List<String> suggest(String typo, Collection<String> candidates) {
        Optional<String> meant = byMeaning(typo, candidates);
        if (meant.isPresent()) {
            return List.of(meant.get());
        }
        return bySpelling(typo, candidates);
    }

    /**
     * The type the words mean: operation and entity synonyms replaced ({@code user.updated} is
     * {@code user.modified}, {@code comment.created} is {@code content.created.comment}), or the
     * pattern over a missing last part ({@code content.created} is {@code content.created.*}).
     */
    static Optional<String> byMeaning(String typo, Collection<String> candidates) {
        List<String> parts = new ArrayList<>(List.of(typo.toLowerCase(Locale.ROOT).split("\\.", -1)));
        if (parts.size() >= 2) {
            parts.set(1, OPERATION_SYNONYMS.getOrDefault(parts.get(1), parts.get(1)));
        }
        String entity = parts.get(0);
        String contentType = CONTENT_SYNONYMS.getOrDefault(entity, entity);
        if (parts.size() == 2 && EventCatalogue.CONTENT_TYPES.contains(contentType)) {
            parts = new ArrayList<>(List.of("content", parts.get(1), contentType));
        } else {
            parts.set(0, ENTITY_SYNONYMS.getOrDefault(entity, entity));
        }
        if (parts.size() == 3) {
            parts.set(2, CONTENT_SYNONYMS.getOrDefault(parts.get(2), parts.get(2)));
        }
        String meant = String.join(".", parts);
        if (!meant.equals(typo) && candidates.contains(meant)) {
            return Optional.of(meant);
        }
        String prefix = meant + ".";
        if (candidates.stream().anyMatch(candidate -> candidate.startsWith(prefix))) {
            return Optional.of(meant + ".*");
        }
        return Optional.empty();
    }

    private static List<String> bySpelling(String typo, Collection<String> candidates) {
        String typoKey = separatorFree(typo);
        List<String> sameLetters = candidates.stream().filter(c -> separatorFree(c).equals(typoKey)).toList();
        if (!sameLetters.isEmpty()) {
            return limit(sameLetters);
        }
        String unaliased = unalias(typo);
        if (!unaliased.equals(typo)) {
            List<String> viaAlias = bySpelling(unaliased, candidates);
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
