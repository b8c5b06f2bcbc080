package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which part of Tracim a content belongs to: ordinary contents, public uploads, or publications (News).
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum ContentNamespace {
    /** {@code content}: an ordinary content of the space. */
    CONTENT("content"),
    /** {@code upload}: a file sent through a public upload link. */
    UPLOAD("upload"),
    /** {@code publication}: a post of the space's News (mostly a {@code thread}). */
    PUBLICATION("publication"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    ContentNamespace(String value) {
        this.value = value;
    }

    /** {@return the spelling Tracim uses, in TLMs as in its REST API; empty for {@link #UNKNOWN}} */
    @JsonValue
    public String value() {
        return value;
    }
}
