package org.tracimdaemon.sdk.runtime.socket;

import org.tracimdaemon.sdk.runtime.DispatchError;

/**
 * Where the accept thread hands what it read. Both methods run ON the accept thread: they must
 * return quickly and never run user code, or the daemon's deliveries back up.
 */
public interface IncomingMessages {
    /** One whole message, read to EOF from a connection of the same user. */
    void received(byte[] message);

    /** A connection that yielded no message: refused peer, oversized message, read failure. */
    void failed(DispatchError error);
}
