package org.tracimdaemon.sdk.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracimdaemon.sdk.catalogue.DaemonMessageType;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;

/**
 * Resolves each {@code @OnEvent} value to the types it names, or reports why it names none, with
 * "did you mean" on the value itself.
 */
final class EventValueValidator {
    private EventValueValidator() {}

    static Optional<Binding> bind(EventValue value, HandlerMethod method, KnownTypes known, Report report) {
        EventPattern pattern = value.pattern();
        String text = value.text();
        Optional<DaemonMessageType> daemon = EventCatalogue.daemon(text);
        if (daemon.isPresent()) {
            if (!daemon.get().reachesPlugins()) {
                reportValue(report, method, value, Messages.NEVER_RECEIVED.format(text));
                return Optional.empty();
            }
            return Optional.of(new Binding(pattern, text, List.of(), KnownTypes.daemonOffer(daemon.get()), true));
        }
        if (known.isTlm(text)) {
            return Optional.of(new Binding(pattern, "", List.of(text), known.tlmOffer(text),
                    known.catalogue(text).isPresent()));
        }
        if (!pattern.isPattern()) {
            String hint = hint(DidYouMean.suggest(text, known.handleableNames()), Messages.NO_SUGGESTION_TYPE);
            List<String> parts = pattern.parts();
            if (parts.size() == 3 && parts.get(0).equals("content") && !DidYouMean.isContentSynonym(parts.get(2))
                    && !known.tlmNames().stream()
                    .anyMatch(name -> name.endsWith("." + parts.get(2)))) {
                hint += Messages.NEWER_CONTENT_TYPE.format(parts.get(2), parts.get(2));
            }
            reportValue(report, method, value, Messages.UNKNOWN_EVENT_TYPE.format(text, hint));
            return Optional.empty();
        }
        if (text.startsWith("daemon_")) {
            reportValue(report, method, value, Messages.DAEMON_PATTERN.format(text));
            return Optional.empty();
        }
        if (pattern.hasPartialWildcard()) {
            reportValue(report, method, value, Messages.PARTIAL_WILDCARD.format(text));
            return Optional.empty();
        }
        if (pattern.hasSplitWildcards()) {
            reportValue(report, method, value, Messages.SPLIT_WILDCARD.format(text));
            return Optional.empty();
        }
        List<String> matched = known.tlmNames().stream().filter(pattern::matches).toList();
        if (matched.isEmpty()) {
            List<String> shapes = known.tlmNames().stream()
                    .map(pattern::generalise)
                    .filter(shape -> !shape.isEmpty())
                    .distinct()
                    .toList();
            reportValue(report, method, value, Messages.PATTERN_MATCHES_NOTHING.format(text,
                    hint(DidYouMean.suggest(text, shapes), Messages.NO_SUGGESTION_PATTERN)));
            return Optional.empty();
        }
        List<String> catalogued = matched.stream().filter(name -> known.catalogue(name).isPresent()).toList();
        Map<String, ParameterKind> offer = known.tlmOffer(
                (catalogued.isEmpty() ? matched : catalogued).get(0));
        for (String name : catalogued.isEmpty() ? matched : catalogued) {
            offer = KnownTypes.common(offer, known.tlmOffer(name));
        }
        return Optional.of(new Binding(pattern, "", matched, offer, !catalogued.isEmpty()));
    }

    static String hint(List<String> suggestions, Messages none) {
        return suggestions.isEmpty()
                ? none.format()
                : Messages.DID_YOU_MEAN.format(Messages.quotedAlternatives(suggestions));
    }

    static void reportValue(Report report, HandlerMethod method, EventValue value, String message) {
        report.error(message, method.element(), method.onEvent().orElseThrow(), value.source());
    }

}
