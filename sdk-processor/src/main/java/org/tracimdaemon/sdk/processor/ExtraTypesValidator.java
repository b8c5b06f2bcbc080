package org.tracimdaemon.sdk.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import org.tracimdaemon.sdk.catalogue.EventCatalogue;

/**
 * Checks the opted-in newer types: a content type slug or a whole event type, not one the catalogue
 * already has. Options are checked once per compile, {@code @TracimPlugin} attributes per interface.
 */
final class ExtraTypesValidator {
    private ExtraTypesValidator() {}

    private static final Pattern CONTENT_TYPE_SLUG = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_-]*){1,2}");

    static List<String> validContentTypes(ExtraTypes extras, Element type, Report report) {
        List<String> valid = new ArrayList<>();
        for (ExtraTypes.Extra extra : extras.contentTypes()) {
            String name = extra.name();
            if (EventCatalogue.CONTENT_TYPES.contains(name)) {
                reportExtra(report, extra, type, Messages.EXTRA_ALREADY_KNOWN.format("content type", name, "", extra.origin()));
            } else if (EventCatalogue.CONTENT_TYPE_ALIASES.containsKey(name)) {
                reportExtra(report, extra, type, Messages.EXTRA_ALREADY_KNOWN.format("content type", name,
                        " as \"" + EventCatalogue.CONTENT_TYPE_ALIASES.get(name) + "\", the name TLMs use",
                        extra.origin()));
            } else if (!CONTENT_TYPE_SLUG.matcher(name).matches()) {
                reportExtra(report, extra, type, Messages.EXTRA_NOT_A_CONTENT_TYPE.format(extra.origin(), name));
            } else {
                valid.add(name);
            }
        }
        return valid;
    }

    static List<String> validEventTypes(ExtraTypes extras, Element type, Report report) {
        List<String> valid = new ArrayList<>();
        for (ExtraTypes.Extra extra : extras.eventTypes()) {
            String name = extra.name();
            if (EventCatalogue.tlm(name).isPresent() || EventCatalogue.daemon(name).isPresent()) {
                reportExtra(report, extra, type, Messages.EXTRA_ALREADY_KNOWN.format("event type", name, "", extra.origin()));
            } else if (!EVENT_TYPE.matcher(name).matches()) {
                reportExtra(report, extra, type, Messages.EXTRA_NOT_AN_EVENT_TYPE.format(extra.origin(), name));
            } else {
                valid.add(name);
            }
        }
        return valid;
    }

    /**
     * An option is checked once for the whole compile ({@code type} null), an attribute of
     * {@code @TracimPlugin} with its interface, where the caret goes on the value.
     */
    static void reportExtra(Report report, ExtraTypes.Extra extra, Element type, String message) {
        boolean isOption = extra.mirror().isEmpty();
        if (type == null && isOption) {
            report.error(message, Optional.empty(), Optional.empty(), Optional.empty());
        } else if (type != null && !isOption) {
            report.error(message, Optional.of(type), extra.mirror(), extra.value());
        }
    }
}
