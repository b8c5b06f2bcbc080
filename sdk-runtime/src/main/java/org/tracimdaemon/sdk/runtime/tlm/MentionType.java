package org.tracimdaemon.sdk.runtime.tlm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whom a mention names. Tracim sends it as an integer ({@code 1}, {@code 2}); a creator maps the
 * code, because Jackson would otherwise read an integer as an ordinal.
 */
public enum MentionType {
    /** One user: the mention's {@code recipient} is a user id. */
    USER(1),
    /** Everyone at or above a role: {@code recipient} is a role level, 0 for everybody ({@code @all}). */
    ROLE(2),
    /** A code this SDK does not know, e.g. from a newer Tracim; {@link #code()} is then 0. */
    @JsonEnumDefaultValue
    UNKNOWN(0);

    private final int code;

    MentionType(int code) {
        this.code = code;
    }

    /** {@return the integer Tracim sends as the mention's {@code type}; 0 for {@link #UNKNOWN}} */
    @JsonValue
    public int code() {
        return code;
    }

    /**
     * {@return the type of a code; {@link #UNKNOWN} for a code this SDK does not know}
     *
     * @param code the mention's {@code type} as Tracim sends it: 1 or 2
     */
    @JsonCreator
    public static MentionType of(int code) {
        return switch (code) {
            case 1 -> USER;
            case 2 -> ROLE;
            default -> UNKNOWN;
        };
    }
}
