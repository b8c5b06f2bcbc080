package org.tracimdaemon.sdk.runtime.internal.tlm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.tracimdaemon.sdk.runtime.tlm.TLMEvent;

/**
 * A TLM's fields through Jackson databind whatever the type, the way the SDK decoded before its
 * streaming readers: what the differential tests and the benchmarks compare those readers with.
 * Internal to the SDK and not exported, so that it is no part of {@code TLMEvent}'s API.
 *
 * <pre>{@code
 * ContentEvent reference = DatabindFields.of(tlm, ContentEvent.class);
 * }</pre>
 */
public final class DatabindFields {
    private static final MethodHandle FIELDS_WITH_DATABIND;

    static {
        try {
            // TLMEvent's package-private method, looked up once in this module, which may look into its own packages
            FIELDS_WITH_DATABIND = MethodHandles.privateLookupIn(TLMEvent.class, MethodHandles.lookup())
                    .findVirtual(TLMEvent.class, "fieldsWithDatabind", MethodType.methodType(Object.class, Class.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private DatabindFields() {}

    /**
     * {@return {@code tlm}'s fields as {@code type}, read by Jackson databind with the SDK's mapper}
     *
     * @param <T>  the payload's type
     * @param tlm  a decoded TLM
     * @param type the class to decode its {@code fields} into
     * @throws org.tracimdaemon.sdk.runtime.decode.DecodeException as {@link TLMEvent#fields(Class)}
     */
    public static <T> T of(TLMEvent tlm, Class<T> type) {
        try {
            return type.cast((Object) FIELDS_WITH_DATABIND.invokeExact(tlm, type));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // fieldsWithDatabind declares no checked exception
        }
    }
}
