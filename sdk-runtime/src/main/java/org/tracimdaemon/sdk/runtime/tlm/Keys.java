package org.tracimdaemon.sdk.runtime.tlm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/**
 * What the records' compact constructors do with absent keys, so that no public accessor returns
 * null: Tracim versions add and drop keys, so optional ones get empty defaults, while a key
 * without which the record means nothing is refused with the key's name.
 */
final class Keys {
    private Keys() {}

    /** A key the object cannot do without (an id's object, a date): its absence is a decode error. */
    static <T> T required(T value, String key) {
        if (value == null) {
            throw new DecodeException(key, "missing or null, but Tracim always sends it");
        }
        return value;
    }

    static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static OptionalLong optional(OptionalLong value) {
        return value == null ? OptionalLong.empty() : value;
    }

    static <E extends Enum<E>> E known(E value, E unknown) {
        return value == null ? unknown : value;
    }
}
