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
 *
 * <p>Replies carry no request id and the daemon answers each request on its own goroutine, so
 * replies of different types arrive in any order. A reply completes the oldest call still waiting
 * for a reply of its type (FIFO per type); calls of one type ask the same question, so the
 * matching cannot mix up answers. A call that timed out stops waiting, so an unanswered call does
 * not shift later replies. Futures complete on a thread of the client's own, never on the
 * socket's event loop, and may be awaited from a handler.
 */
public interface DaemonClient {
    /**
     * Asks {@code daemon_get_account_info}: the Tracim user the daemon is logged in as.
     *
     * @return completes with the {@code daemon_account_info} reply's data, or fails with a timeout
     */
    CompletableFuture<AccountInfoData> accountInfo();

    /**
     * Asks {@code daemon_get_clients}: the plugins registered with the daemon, in order.
     *
     * @return completes with the {@code daemon_clients} reply's data, or fails with a timeout
     */
    CompletableFuture<ClientList> clients();

    /**
     * Sends {@code daemon_ping} and completes with the round-trip time when the pong arrives.
     *
     * @return completes with the time from sending the ping to receiving the daemon's
     *         {@code daemon_pong}, or fails with a timeout
     */
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
     * @param method   the HTTP method, e.g. {@code GET}; sent as {@code Method}, which today's daemon ignores
     * @param endpoint the Tracim API path, e.g. {@code /users/42}; sent as {@code Endpoint}, ignored today
     * @param body the request body; empty for none
     * @return completes with the {@code daemon_request_result} reply's data, or fails with a
     *         timeout (today: whenever Tracim's answer to the daemon's {@code GET} is not 200)
     */
    CompletableFuture<RequestResult> request(String method, String endpoint, byte[] body);

    /** {@return the plugin's own socket, where the daemon sends its messages} */
    Path socketPath();
}
