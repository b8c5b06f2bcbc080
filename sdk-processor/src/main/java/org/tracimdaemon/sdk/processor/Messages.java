package org.tracimdaemon.sdk.processor;

import java.util.List;
import java.util.Locale;

/**
 * Every message the processor prints, in one table, so that they read alike and tests can quote
 * them. Each says what is wrong and how to fix it.
 */
enum Messages {
    UNKNOWN_EVENT_TYPE("unknown event type \"%s\"; %s"),
    NO_SUGGESTION_TYPE("see TlmTypes and DaemonTypes for the known types, or opt in to a type newer than"
            + " this SDK with @TracimPlugin(extraEventTypes) or -Atracim.extraEventTypes"),
    PATTERN_MATCHES_NOTHING("pattern \"%s\" matches no known event type; %s"),
    NO_SUGGESTION_PATTERN("see TlmTypes for the known types"),
    DID_YOU_MEAN("did you mean %s?"),
    NEWER_CONTENT_TYPE(" If \"%s\" is a content type newer than this SDK, opt in with"
            + " @TracimPlugin(extraContentTypes = \"%s\") or -Atracim.extraContentTypes"),
    DAEMON_PATTERN("\"%s\": daemon types take no patterns; handle \"custom_message\" for every message, or"
            + " name the daemon types you need, such as \"daemon_account_info\" or \"daemon_client_added\""),
    PARTIAL_WILDCARD("\"%s\": * stands for a whole part of an event type, as in \"content.created.*\""),
    SPLIT_WILDCARD("pattern \"%s\": its * parts must be next to each other, as in \"*.deleted\" or"
            + " \"content.*\"; write one value per entity instead"),
    NEVER_RECEIVED("%s is sent by plugins to the daemon: a plugin never receives it, so it cannot be handled"),
    NO_EVENT_TYPE("@OnEvent needs at least one event type"),

    NOT_VOID("@OnEvent method %s returns %s; handlers return void, since the dispatcher has nobody to hand"
            + " a result to"),
    GENERIC("@OnEvent method %s must not be generic: the dispatcher has no type to call it with"),
    NOT_ABSTRACT_OR_DEFAULT("@OnEvent method %s is %s; handlers are abstract or default methods"),
    ABSTRACT_WITHOUT_ON_EVENT("abstract method %s has no @OnEvent; every abstract method needs @OnEvent,"
            + " or make it default"),

    INHERITED_WITHOUT_ON_EVENT("%s inherits abstract method %s from %s, which has no @OnEvent; every abstract"
            + " method of a handler interface needs @OnEvent: override it in %s with @OnEvent or as a default"
            + " method, or stop extending %s"),
    OVERRIDE_WITHOUT_ON_EVENT("%s overrides @OnEvent method %s but has no @OnEvent itself; annotations of a"
            + " method are not inherited: repeat @OnEvent on it, or remove the override"),
    INHERITED_HANDLER_INVALID("%s inherits @OnEvent method %s.%s, which is not a valid handler here (%s): fix it in"
            + " %s, or override it in %s with an @OnEvent that is"),
    AMBIGUOUS_INHERITANCE("%s inherits %s, which the dispatcher cannot tell apart: declare the method in %s,"
            + " with the @OnEvent it should have"),

    NOT_AN_INTERFACE("%s is %s; @OnEvent methods and @TracimPlugin belong on a top-level or nested"
            + " interface that is not private: declare the handlers there and implement it"),
    ON_EVENT_OUTSIDE_INTERFACE("@OnEvent method %s is in %s, %s; move it to an interface that %s implements:"
            + " only interfaces get a dispatcher"),
    PRIVATE_INTERFACE("%s is private%s; the generated %s beside it could not call it: make it"
            + " package-private or public"),
    GENERIC_INTERFACE("%s is generic; a handler interface has no type parameters, since its dispatcher could"
            + " not know them: move them to the methods' parameter types"),

    WRONG_SHAPE("%s %s %s, not %s; %s handlers may take %s"),
    CONTENT_SHAPE_VARIES("%s %s contents of several shapes; take a Content and switch on its type, not %s;"
            + " %s handlers may take %s"),
    OTHER_FIELD("%s %s %s as main object, not %s; its %s is %s.%s(): take %s and call %s(); %s handlers"
            + " may take %s"),
    NOT_CARRIED("%s %s no %s; %s handlers may take %s"),
    SHAPE_UNKNOWN("%s %s opted in as newer than the catalogue, so %s payload shape is unknown; %s handlers"
            + " may take %s, not %s"),
    DUPLICATE_KIND("a handler takes at most one %s; remove parameter %s"),

    EXTRA_ALREADY_KNOWN("%s \"%s\" is already known%s; remove it from %s"),
    EXTRA_NOT_A_CONTENT_TYPE("%s \"%s\" is not a content type: write its slug, lowercase letters,"
            + " digits and -, as in \"calendar\""),
    EXTRA_NOT_AN_EVENT_TYPE("%s \"%s\" is not an event type: write it whole, as in"
            + " \"workspace_report.created\"; for a new content type use extraContentTypes"),
    UNKNOWN_OPTION("unknown option -A%s; this processor knows -Atracim.extraContentTypes=a,b and"
            + " -Atracim.extraEventTypes=x.y,z.w"),

    DISPATCHER_NAME_TAKEN("the dispatcher of %s would be named %s, but %s already exists: rename the interface"
            + " or the other type"),

    INTERNAL_ERROR("internal error of the TracimDaemon processor on %s (%s); nothing was generated for it."
            + " Please report this bug with this message and the interface's source");

    private final String format;

    Messages(String format) {
        this.format = format;
    }

    String format(Object... arguments) {
        return String.format(Locale.ROOT, format, arguments);
    }

    /** {@code a FileContent}, {@code an AccountInfoData}, {@code a UserEvent} (said "you"). */
    static String withArticle(String name) {
        return ("AEIO".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** {@code "a"}, {@code "a" or "b"}, {@code "a", "b" or "c"}. */
    static String quotedAlternatives(List<String> items) {
        return join(items.stream().map(item -> "\"" + item + "\"").toList(), "or");
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}; with {@code or} for choices. */
    static String join(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }
}
