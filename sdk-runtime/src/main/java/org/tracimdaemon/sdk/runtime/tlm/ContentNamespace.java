package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which part of Tracim a content belongs to: ordinary contents, public uploads, or publications (News).
 * {@link #UNKNOWN} stands for a value this SDK does not know, e.g. from a newer Tracim.
 */
public enum ContentNamespace {
    CONTENT("content"),
    UPLOAD("upload"),
    PUBLICATION("publication"),
    /** A value this SDK does not know; {@link #value()} is then empty. */
    @JsonEnumDefaultValue
    UNKNOWN("");

    private final String value;

    ContentNamespace(String value) {
        this.value = value;
    }

    /** The spelling Tracim uses, e.g. in its REST API. */
    @JsonValue
    public String value() {
        return value;
    }
}
