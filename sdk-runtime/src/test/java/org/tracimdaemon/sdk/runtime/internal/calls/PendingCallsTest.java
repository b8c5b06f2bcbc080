package org.tracimdaemon.sdk.runtime.internal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PendingCallsTest {
    private final PendingCalls calls = new PendingCalls(Executors.newSingleThreadExecutor());
    private static final Duration LONG = Duration.ofSeconds(30);

    private static DaemonEvent reply(String type, String data) {
        return new DaemonEvent("m", type, new TextNode(data));
    }

    @Test
    void repliesCompleteTheOldestCallOfTheirTypeWhateverTheOrderAcrossTypes() throws Exception {
        CompletableFuture<String> clients1 = calls.expect("daemon_clients", e -> e.data().asText(), LONG, "none");
        CompletableFuture<String> info = calls.expect("daemon_account_info", e -> e.data().asText(), LONG, "none");
        CompletableFuture<String> clients2 = calls.expect("daemon_clients", e -> e.data().asText(), LONG, "none");
        calls.complete(reply("daemon_account_info", "i"));
        calls.complete(reply("daemon_clients", "c1"));
        calls.complete(reply("daemon_clients", "c2"));
        assertEquals("i", info.get());
        assertEquals("c1", clients1.get());
        assertEquals("c2", clients2.get());
    }

    @Test
    void aTimeoutFailsTheCallWithItsMessageAndFreesItsPlace() throws Exception {
        CompletableFuture<String> late = calls.expect("daemon_pong", e -> "late", Duration.ofMillis(50),
                "the daemon sent no daemon_pong");
        ExecutionException failure = assertThrows(ExecutionException.class, late::get);
        assertEquals("the daemon sent no daemon_pong",
                assertInstanceOf(TimeoutException.class, failure.getCause()).getMessage());
        CompletableFuture<String> next = calls.expect("daemon_pong", e -> "next", LONG, "none");
        calls.complete(reply("daemon_pong", ""));
        assertEquals("next", next.get());
    }

    @Test
    void aReplyThatDoesNotDecodeFailsItsCall() {
        CompletableFuture<String> call = calls.expect("daemon_clients", e -> {
            throw new IllegalArgumentException("bad shape");
        }, LONG, "none");
        calls.complete(reply("daemon_clients", "x"));
        ExecutionException failure = assertThrows(ExecutionException.class, call::get);
        assertEquals("bad shape", failure.getCause().getMessage());
    }

    @Test
    void aReplyNobodyWaitsForIsIgnoredAndFailAllEndsEveryCall() {
        calls.complete(reply("daemon_clients", "x"));
        CompletableFuture<String> call = calls.expect("daemon_clients", e -> "y", LONG, "none");
        calls.failAll(new IllegalStateException("closed"));
        assertThrows(ExecutionException.class, call::get);
        assertFalse(call.isCancelled());
    }
}
