package org.tracimdaemon.sdk.runtime.tlm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.tracimdaemon.sdk.runtime.internal.json.DataSpan;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

/**
 * Reads the span that {@link DaemonEvent} keeps in a package-private method, so that the TLM
 * decoder reads its data in place while the span stays out of the exported API.
 *
 * <p>The handle is looked up once, in this module (a module may always look into its own
 * packages), and called as a constant, which the JIT inlines as it would a direct call. It is
 * pulled from here rather than handed over by {@code DaemonEvent}, so that {@code wire} needs
 * nothing from the packages built on it.
 */
final class EventSpans {
    private static final MethodHandle SPAN;

    static {
        try {
            SPAN = MethodHandles.privateLookupIn(DaemonEvent.class, MethodHandles.lookup())
                    .findVirtual(DaemonEvent.class, "span", MethodType.methodType(DataSpan.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private EventSpans() {}

    /** {@return the span of {@code event}'s data, or null when it was not decoded from bytes or has no data key} */
    static DataSpan of(DaemonEvent event) {
        try {
            return (DataSpan) SPAN.invokeExact(event);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // span() declares no checked exception
        }
    }
}
