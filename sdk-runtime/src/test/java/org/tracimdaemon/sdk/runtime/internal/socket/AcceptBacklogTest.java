package org.tracimdaemon.sdk.runtime.internal.socket;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A loop that stays behind for good (a same-user peer connecting without end) cannot stop the handlers. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AcceptBacklogTest {
    @Test
    void steppingAsideIsBoundedWhileTheLoopStaysBehind() {
        AcceptBacklog backlog = new AcceptBacklog();
        backlog.loopBehind(true);
        // At most 1 ms each, so well inside the timeout even if each park oversleeps tenfold on a
        // busy machine; an unbounded wait never returns and times out.
        for (int event = 0; event < 100; event++) {
            backlog.stepAside();
        }
        assertTrue(backlog.isLoopBehind());
    }

    @Test
    void anInterruptedDispatchThreadDoesNotWaitAndKeepsItsInterrupt() {
        AcceptBacklog backlog = new AcceptBacklog();
        backlog.loopBehind(true);
        Thread.currentThread().interrupt();
        try {
            for (int event = 0; event < 100_000; event++) { // parkNanos returns at once when interrupted
                backlog.stepAside();
            }
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
