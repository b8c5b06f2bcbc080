package org.tracimdaemon.sdk.processor;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.tracimdaemon.sdk.runtime.DaemonClient;
import org.tracimdaemon.sdk.runtime.DispatchContext;
import org.tracimdaemon.sdk.runtime.decode.DecodeException;

/** Records what a generated dispatcher reports, as one line each. */
final class RecordingContext implements DispatchContext {
    final List<String> failures = new ArrayList<>();
    final DaemonClient daemon = (DaemonClient) Proxy.newProxyInstance(DaemonClient.class.getClassLoader(),
            new Class<?>[] {DaemonClient.class}, (proxy, method, args) -> null);

    @Override
    public DaemonClient daemon() {
        return daemon;
    }

    @Override
    public void handlerFailed(String handler, Throwable cause) {
        failures.add("handler " + handler + ": " + cause.getMessage());
    }

    @Override
    public void payloadFailed(String payload, DecodeException cause) {
        failures.add("payload " + payload + ": " + cause.getMessage());
    }
}
