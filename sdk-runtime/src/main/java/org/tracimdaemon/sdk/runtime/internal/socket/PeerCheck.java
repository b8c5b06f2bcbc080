package org.tracimdaemon.sdk.runtime.internal.socket;

import com.sun.security.auth.module.UnixSystem;
import org.newsclub.net.unix.AFUNIXSocketCredentials;

/**
 * Only processes of the plugin's own OS user may talk to its socket: the daemon runs as that user,
 * and a message from anyone else could inject fake Tracim events.
 */
final class PeerCheck {
    private final long ownUid;

    PeerCheck(long ownUid) {
        this.ownUid = ownUid;
    }

    static PeerCheck forThisProcess() {
        return new PeerCheck(new UnixSystem().getUid());
    }

    /** Whether the peer runs as our user; credentials without a uid (not Linux/BSD) are refused. */
    boolean accepts(AFUNIXSocketCredentials peer) {
        return peer != null && peer.getUid() == ownUid;
    }

    long ownUid() {
        return ownUid;
    }
}
