package org.tracimdaemon.sdk.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.ClientList;
import org.tracimdaemon.sdk.runtime.wire.RequestResult;

/**
 * Typed calls to the daemon. Every call is one message to the daemon's master socket; its answer
 * comes back as a separate connection and completes the future, or the future fails with a
 * {@link java.util.concurrent.TimeoutException} after the client's call timeout. Handlers can
 * take one as a parameter:
 *
 * <pre>{@code
 * @OnEvent("mention.created")
 * void mentioned(MentionEvent mention, DaemonClient daemon) {
 *     daemon.accountInfo().thenAccept(me -> ...);
 * }
 * }</pre>
 */
public interface DaemonClient {
    /** Asks {@code daemon_get_account_info}: the Tracim user the daemon is logged in as. */
    CompletableFuture<AccountInfoData> accountInfo();

    /** Asks {@code daemon_get_clients}: the plugins registered with the daemon, in order. */
    CompletableFuture<ClientList> clients();

    /** Sends {@code daemon_ping} and completes with the round-trip time when the pong arrives. */
    CompletableFuture<Duration> ping();

    /**
     * Asks the daemon to call Tracim's API ({@code daemon_do_request}).
     *
     * <p><b>Today's daemon does not honour this call.</b> It ignores {@code method},
     * {@code endpoint} and {@code body} (its request struct has no JSON tags), sends
     * {@code GET <tracim url>} instead, and answers only when Tracim says 200; on any other status
     * it sends nothing, so the future fails with a timeout that says so. The call is kept for the
     * daemon versions that fix this.
     *
     * @param body the request body; empty for none
     */
    CompletableFuture<RequestResult> request(String method, String endpoint, byte[] body);

    /** The plugin's own socket, where the daemon sends its messages. */
    Path socketPath();
}
