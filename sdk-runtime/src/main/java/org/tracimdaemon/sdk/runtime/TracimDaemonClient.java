package org.tracimdaemon.sdk.runtime;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tracimdaemon.sdk.catalogue.DaemonTypes;
import org.tracimdaemon.sdk.runtime.internal.calls.PendingCalls;
import org.tracimdaemon.sdk.runtime.internal.logging.ProblemLog;
import org.tracimdaemon.sdk.runtime.internal.socket.AcceptBacklog;
import org.tracimdaemon.sdk.runtime.internal.socket.ClientSocketServer;
import org.tracimdaemon.sdk.runtime.internal.socket.DaemonSender;
import org.tracimdaemon.sdk.runtime.internal.socket.NativeLibraryCache;
import org.tracimdaemon.sdk.runtime.internal.socket.ReadBudget;
import org.tracimdaemon.sdk.runtime.wire.AccountInfoData;
import org.tracimdaemon.sdk.runtime.wire.ClientData;
import org.tracimdaemon.sdk.runtime.wire.ClientList;
import org.tracimdaemon.sdk.runtime.wire.DaemonEvent;
import org.tracimdaemon.sdk.runtime.wire.DoRequestData;
import org.tracimdaemon.sdk.runtime.wire.RequestResult;

/**
 * A running plugin: its socket bound, registered with TracimDaemon, delivering every message to
 * its dispatchers on the dispatch executor (one thread by default, so in arrival order).
 *
 * <pre>{@code
 * try (TracimDaemonClient client = TracimDaemonClient.builder()
 *         .pluginName("note-watcher")                        // socket ~/.config/note-watcher/note-watcher.sock
 *         .dispatcher(NoteWatcherDispatcher.of(new MyNoteWatcher()))
 *         .onError(error -> log.warn(error.toString(), error.cause().orElse(null)))
 *         .start()) {                                        // bound, registered, account info received
 *     Runtime.getRuntime().addShutdownHook(new Thread(client::close));
 *     client.awaitClose();
 * }
 * }</pre>
 *
 * <p>Behind it: one event-loop thread that accepts and reads every connection at once and never
 * runs user code (the daemon delivers to every plugin in turn, so a slow plugin would slow them
 * all), answers the daemon's pings itself and completes pending calls even while the handlers are
 * behind; a keep-alive watchdog that registers again when the daemon dropped the plugin or
 * restarted. Errors never stop it: each one reaches the error handler as a {@link DispatchError}.
 * If the loop truly cannot go on, the client fails closed: {@link #awaitClose()} returns and
 * {@link #failure()} says why.
 */
public final class TracimDaemonClient implements DaemonClient, AutoCloseable {
    private final Path masterSocket;
    private final Path clientSocket;
    private final Duration callTimeout;
    private final Duration drainTimeout;
    private final int maxMessageSize;
    private final Duration readTimeout;
    private final ReadBudget budget;
    private final AcceptBacklog backlog;
    private final DaemonSender sender;
    private final PendingCalls calls;
    private final ExecutorService completions;
    private final ExecutorService ownDispatchExecutor; // null when the user gave one
    private final DispatchLoop dispatch;
    private final KeepAliveWatchdog watchdog;
    private final String pid = Long.toString(ProcessHandle.current().pid());
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile ClientSocketServer socket;
    private volatile boolean registered;
    private volatile Throwable failure;
    private final Duration awaitDaemon; // null: the daemon must be up at start()

    /** {@link Builder#awaitDaemon}'s pauses between tries: from 0.1 s, doubling, up to 5 s. */
    private static final long FIRST_PAUSE_NANOS = 100_000_000L;
    private static final long LONGEST_PAUSE_NANOS = 5_000_000_000L;

    private TracimDaemonClient(Builder builder) {
        this.masterSocket = builder.masterSocket != null ? builder.masterSocket
                : DaemonLocations.masterSocket(System.getenv());
        this.clientSocket = builder.clientSocket;
        this.callTimeout = builder.callTimeout;
        this.drainTimeout = builder.drainTimeout;
        this.maxMessageSize = builder.maxMessageSize;
        this.readTimeout = builder.readTimeout;
        this.awaitDaemon = builder.awaitDaemon;
        this.budget = new ReadBudget(builder.maxQueuedBytes);
        this.backlog = new AcceptBacklog();
        this.sender = new DaemonSender(callTimeout);
        this.completions = Executors.newSingleThreadExecutor(daemonThread("tracimdaemon-calls"));
        this.calls = new PendingCalls(completions);
        this.ownDispatchExecutor = builder.executor == null
                ? Executors.newSingleThreadExecutor(daemonThread("tracimdaemon-dispatch")) : null;
        Executor executor = builder.executor != null ? builder.executor : ownDispatchExecutor;
        this.dispatch = new DispatchLoop(builder.dispatchers, builder.onError, executor, this, budget, backlog);
        this.watchdog = new KeepAliveWatchdog(builder.pingRound, masterSocket, clientSocket, sender, this::register,
                this::rebindIfGone);
    }

    /** {@return a new builder; {@link Builder#clientSocket} or {@link Builder#pluginName} is required} */
    public static Builder builder() {
        return new Builder();
    }

    private void start() throws IOException {
        try {
            socket = ClientSocketServer.open(clientSocket, maxMessageSize, readTimeout,
                    new IncomingRouter(calls, dispatch, watchdog, masterSocket), budget, backlog,
                    this::failClosed);
            registerWaitingForTheDaemon();
            registered = true;
            watchdog.start();
        } catch (ExecutionException e) {
            closeQuietly();
            Throwable cause = e.getCause();
            throw new IOException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            closeQuietly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while registering with TracimDaemon at " + masterSocket);
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /**
     * Registers; with {@link Builder#awaitDaemon}, tries again while the daemon is not up yet
     * (no socket, nobody accepting, or no answer), with a growing pause, until {@code awaitDaemon}
     * has passed. One INFO line says it waits.
     */
    private void registerWaitingForTheDaemon() throws ExecutionException, InterruptedException {
        if (awaitDaemon == null) {
            register().get();
            return;
        }
        long deadline = System.nanoTime() + awaitDaemon.toNanos();
        long pauseNanos = FIRST_PAUSE_NANOS;
        for (int attempt = 1; ; attempt++) {
            try {
                register().get();
                return;
            } catch (ExecutionException e) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new ExecutionException(new IOException("no TracimDaemon answered on " + masterSocket
                            + " within awaitDaemon's " + readable(awaitDaemon) + " (" + attempt + " tries; the last: "
                            + e.getCause().getMessage() + ")", e.getCause()));
                }
                if (attempt == 1) {
                    DispatchLoop.LOG.log(Level.INFO, "waiting for TracimDaemon at " + masterSocket + " (up to "
                            + readable(awaitDaemon) + "): " + e.getCause().getMessage());
                }
                TimeUnit.NANOSECONDS.sleep(Math.min(pauseNanos, left));
                pauseNanos = Math.min(pauseNanos * 2, LONGEST_PAUSE_NANOS);
            }
        }
    }

    /**
     * The event loop cannot go on: say so loudly, and close (unregister, delete the socket, release
     * {@link #awaitClose()}) rather than stay a live process that no longer reads.
     */
    private void failClosed(Throwable cause) {
        failure = cause;
        dispatch.report(new DispatchError(DispatchError.Kind.SDK_FAILED, "the event loop of " + clientSocket
                + " cannot go on (" + cause + "): the client closes", Optional.empty(), Optional.empty(),
                Optional.of(cause)));
        Thread closer = new Thread(this::close, "tracimdaemon-fail-closed");
        closer.setDaemon(true);
        closer.start();
    }

    /**
     * Why the client closed by itself, if it did: the event loop could not go on (the cause was
     * also reported to the error handler and logged). Empty while running and after a plain
     * {@link #close()}.
     *
     * <pre>{@code
     * client.awaitClose();
     * client.failure().ifPresent(cause -> System.exit(1)); // let a supervisor restart the plugin
     * }</pre>
     *
     * @return the exception that closed the client, or empty
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Whether the client socket's file had gone and was bound again (then the watchdog registers again). */
    private boolean rebindIfGone() {
        ClientSocketServer bound = socket;
        if (bound == null || closing.get()) {
            return false;
        }
        try {
            return bound.rebindIfGone();
        } catch (IOException e) {
            ProblemLog.shared().warn("rebind-failed", "the client socket " + clientSocket + " was deleted or"
                    + " replaced and cannot be bound again: " + e.getMessage(), e);
            return false;
        }
    }

    /** Sends {@code daemon_client_add}; completes when {@code daemon_account_info} came back. */
    private CompletableFuture<AccountInfoData> register() {
        DaemonEvent add = DaemonEvent.of(clientSocket.toString(), DaemonTypes.CLIENT_ADD,
                new ClientData(clientSocket.toString(), pid));
        return call(add, DaemonTypes.ACCOUNT_INFO, event -> event.dataAs(AccountInfoData.class),
                "no TracimDaemon answered daemon_client_add on " + masterSocket + " within "
                        + readable(callTimeout) + ": start TracimDaemon (or point masterSocket(...) at its socket)");
    }

    @Override
    public CompletableFuture<AccountInfoData> accountInfo() {
        return call(DaemonEvent.of(clientSocket.toString(), DaemonTypes.GET_ACCOUNT_INFO), DaemonTypes.ACCOUNT_INFO,
                event -> event.dataAs(AccountInfoData.class),
                "TracimDaemon at " + masterSocket + " sent no daemon_account_info within " + readable(callTimeout));
    }

    @Override
    public CompletableFuture<ClientList> clients() {
        return call(DaemonEvent.of(clientSocket.toString(), DaemonTypes.GET_CLIENTS), DaemonTypes.CLIENTS,
                event -> event.dataAs(ClientList.class),
                "TracimDaemon at " + masterSocket + " sent no daemon_clients within " + readable(callTimeout));
    }

    @Override
    public CompletableFuture<Duration> ping() {
        long sent = System.nanoTime();
        return call(DaemonEvent.of(clientSocket.toString(), DaemonTypes.PING), DaemonTypes.PONG,
                event -> Duration.ofNanos(System.nanoTime() - sent),
                "TracimDaemon at " + masterSocket + " sent no daemon_pong within " + readable(callTimeout));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The future fails with a {@link java.util.concurrent.TimeoutException} after the call
     * timeout when the daemon sends nothing, which today's daemon does whenever Tracim's answer to
     * {@code GET <tracim url>} is not 200; and with a
     * {@link org.tracimdaemon.sdk.runtime.wire.MessageTooLargeException} (naming the size) when the
     * request would exceed the daemon's 4096-byte read.
     */
    @Override
    public CompletableFuture<RequestResult> request(String method, String endpoint, byte[] body) {
        DaemonEvent request = DaemonEvent.of(clientSocket.toString(), DaemonTypes.DO_REQUEST,
                new DoRequestData(method, endpoint, body));
        return call(request, DaemonTypes.REQUEST_RESULT, event -> event.dataAs(RequestResult.class),
                "TracimDaemon at " + masterSocket + " sent no daemon_request_result within " + readable(callTimeout)
                        + ". Today's daemon ignores Method, Endpoint and Body, calls GET <tracim url> instead, and"
                        + " answers only when Tracim says 200: on any other status it sends nothing");
    }

    @Override
    public Path socketPath() {
        return clientSocket;
    }

    /**
     * Where TracimDaemon listens when nothing says otherwise: {@code socket_path} of
     * {@code $XDG_CONFIG_HOME/TracimDaemon/config.json} ({@code ~/.config} without XDG), else
     * {@code <that dir>/TracimDaemon/master.sock}. What {@link Builder#masterSocket} defaults to;
     * a plugin can show it in its help or its "no daemon" message.
     *
     * @return the default master socket, read anew from the environment and config file on each call
     */
    public static Path defaultMasterSocket() {
        return DaemonLocations.masterSocket(System.getenv());
    }

    /** {@return the daemon's socket this client talks to} */
    public Path masterSocket() {
        return masterSocket;
    }

    private <T> CompletableFuture<T> call(DaemonEvent request, String replyType, Function<DaemonEvent, T> decode,
            String noAnswer) {
        if (closing.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "the TracimDaemon client is closed: no more calls to the daemon"));
        }
        try {
            request.encode(); // refuse an oversized request before anything waits for its answer
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> reply = calls.expect(replyType, decode, callTimeout, noAnswer);
        try {
            sender.send(masterSocket, request);
        } catch (IOException | RuntimeException e) {
            reply.completeExceptionally(new IOException("cannot reach TracimDaemon at " + masterSocket + " ("
                    + e.getMessage() + "): start TracimDaemon (or point masterSocket(...) at its socket)", e));
        }
        return reply;
    }

    /**
     * Unregisters ({@code daemon_client_delete}), stops accepting, lets the dispatchers finish
     * every message already accepted (at most the builder's drain timeout), stops the threads and
     * deletes the socket file. Idempotent, and safe from any thread, a handler or a shutdown hook.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            if (!dispatch.isDispatchThread()) {
                awaitCloseUninterruptibly();
            }
            return;
        }
        boolean drained = true;
        try {
            watchdog.close();
            ClientSocketServer bound = socket;
            if (registered) {
                unregister();
            }
            dispatch.closing(); // the event loop must not wait for room that only a closing handler frees
            if (bound != null) {
                bound.close(); // the connection being read is handed on before this returns
            }
            // From a handler, the dispatch thread cannot wait for itself: the accepted messages
            // still queued behind this handler run after it returns, and the close ends after them.
            if (!dispatch.isDispatchThread()) {
                drained = drainOrWarn();
            }
        } catch (InterruptedException e) {
            drained = false;
            Thread.currentThread().interrupt();
        } finally {
            calls.failAll(new IllegalStateException("the TracimDaemon client was closed"));
            completions.shutdown();
            sender.close(); // after the unregistration: a pong still waiting on a stalled target fails now
            if (dispatch.isDispatchThread()) {
                Thread finisher = new Thread(() -> finishClose(drainOrWarnUninterruptibly()), "tracim-daemon-close");
                finisher.setDaemon(true);
                finisher.start();
            } else {
                finishClose(drained);
            }
        }
    }

    /** Waits for the accepted messages to be handled, up to the drain timeout; says so when they were not. */
    private boolean drainOrWarn() throws InterruptedException {
        boolean drained = dispatch.drain(drainTimeout);
        if (!drained) {
            DispatchLoop.LOG.log(Level.WARNING, "closing: handlers did not finish the accepted messages within "
                    + readable(drainTimeout) + "; the rest are dropped");
        }
        return drained;
    }

    private boolean drainOrWarnUninterruptibly() {
        try {
            return drainOrWarn();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void unregister() {
        try {
            sender.send(masterSocket, DaemonEvent.of(clientSocket.toString(), DaemonTypes.CLIENT_DELETE,
                    new ClientData(clientSocket.toString(), pid)));
        } catch (IOException | RuntimeException e) {
            DispatchLoop.LOG.log(Level.INFO, "closing: could not unregister from TracimDaemon at " + masterSocket
                    + " (" + e.getMessage() + ")");
        }
    }

    /** The last step of a close: stop the dispatch thread and release whoever awaits the close. */
    private void finishClose(boolean drained) {
        if (ownDispatchExecutor != null) {
            if (drained) {
                ownDispatchExecutor.shutdown();
            } else {
                ownDispatchExecutor.shutdownNow();
            }
        }
        closed.countDown();
    }

    /** Waits until every message read so far was handled; for tests. */
    boolean awaitCloseOrDrain(Duration timeout) throws InterruptedException {
        return dispatch.drain(timeout);
    }

    /** The most bytes of messages that ever waited for the handlers at once (see {@link Builder#maxQueuedBytes}). */
    long mostQueuedBytes() {
        return dispatch.mostQueuedBytes();
    }

    /**
     * Blocks until {@link #close()} has finished, from whatever thread called it.
     *
     * @throws InterruptedException if this thread is interrupted while it waits
     */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * As {@link #awaitClose()}, at most {@code timeout}.
     *
     * @param timeout how long to wait at most
     * @return whether the client is closed
     * @throws InterruptedException if this thread is interrupted while it waits
     */
    public boolean awaitClose(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void awaitCloseUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                closed.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            DispatchLoop.LOG.log(Level.DEBUG, "closing after a failed start", e);
        }
    }

    static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static java.util.concurrent.ThreadFactory daemonThread(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Configures and starts a {@link TracimDaemonClient}.
     *
     * <pre>{@code
     * TracimDaemonClient client = TracimDaemonClient.builder()
     *         .clientSocket(Path.of("/run/user/1000/note-watcher.sock"))
     *         .dispatcher(NoteWatcherDispatcher.of(handlers))
     *         .callTimeout(Duration.ofSeconds(5))
     *         .start();
     * }</pre>
     */
    public static final class Builder {
        private Path masterSocket;
        private Path clientSocket;
        private final List<EventDispatcher> dispatchers = new ArrayList<>();
        private Consumer<DispatchError> onError = error -> { };
        private Executor executor;
        private Duration callTimeout = Duration.ofSeconds(10);
        private Duration drainTimeout = Duration.ofSeconds(10);
        private Duration pingRound = Duration.ofSeconds(30);
        private int maxMessageSize = 16 * 1024 * 1024;
        private long maxQueuedBytes = 64L * 1024 * 1024;
        private Duration readTimeout = Duration.ofSeconds(5);
        private Duration awaitDaemon;

        private Builder() {}

        /**
         * The daemon's socket. Default: where the daemon itself listens, key {@code socket_path} of
         * {@code $XDG_CONFIG_HOME/TracimDaemon/config.json} ({@code ~/.config} without XDG) when
         * present, else {@code <that dir>/TracimDaemon/master.sock}.
         *
         * @param masterSocket the path of the daemon's master socket
         * @return this builder
         */
        public Builder masterSocket(Path masterSocket) {
            this.masterSocket = Objects.requireNonNull(masterSocket, "masterSocket");
            return this;
        }

        /**
         * The plugin's own socket (at most 107 bytes); its directory is created (mode 0700) if missing.
         *
         * @param clientSocket the path the client listens on, sent to the daemon as its {@code path}
         * @return this builder
         */
        public Builder clientSocket(Path clientSocket) {
            this.clientSocket = Objects.requireNonNull(clientSocket, "clientSocket");
            return this;
        }

        /**
         * Sets the client socket to the default for a plugin of that name:
         * {@code $XDG_CONFIG_HOME/<pluginName>/<pluginName>.sock} ({@code ~/.config} without XDG).
         *
         * @param pluginName the plugin's name, used as a directory and a file name
         * @return this builder
         */
        public Builder pluginName(String pluginName) {
            this.clientSocket = DaemonLocations.pluginSocket(System.getenv(), pluginName);
            return this;
        }

        /**
         * Adds a dispatcher; each message goes to every dispatcher, in the order added.
         *
         * @param dispatcher e.g. a generated {@code NoteWatcherDispatcher.of(handlers)}
         * @return this builder
         */
        public Builder dispatcher(EventDispatcher dispatcher) {
            dispatchers.add(Objects.requireNonNull(dispatcher, "dispatcher"));
            return this;
        }

        /**
         * Receives every {@link DispatchError}, on the dispatch executor, before the
         * {@code custom_error} handlers; if it throws, that is logged and the loop goes on. Every
         * error is also logged to the {@code System.Logger} {@code org.tracimdaemon.sdk}.
         *
         * @param onError called once per error
         * @return this builder
         */
        public Builder onError(Consumer<DispatchError> onError) {
            this.onError = Objects.requireNonNull(onError, "onError");
            return this;
        }

        /**
         * Runs the handlers. Default: one thread of the client's own, so messages are handled one
         * at a time in arrival order. With several threads order is no longer kept. The client
         * does not shut down an executor given here. It must queue tasks, never run them on the
         * submitting thread (no {@code CallerRunsPolicy}, no {@code Runnable::run}): that thread is
         * the socket's event loop, which must never wait for a handler.
         *
         * @param executor runs the dispatch of each message
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Lets {@link #start()} wait for a daemon that is not up yet, at most {@code timeout}: a
         * plugin started at login, or by a service manager, before TracimDaemon. It tries to
         * register again after 0.1 s, then twice as long each time up to 5 s, and logs one INFO
         * line that it waits (a try that reaches a daemon which does not answer lasts the call
         * timeout, so the last may end that much after {@code timeout}). Default: no waiting, {@code start()} fails when no daemon answers
         * within the call timeout.
         *
         * <pre>{@code
         * TracimDaemonClient client = TracimDaemonClient.builder()
         *         .pluginName("note-watcher")
         *         .dispatcher(NoteWatcherDispatcher.of(handlers))
         *         .awaitDaemon(Duration.ofMinutes(2))
         *         .start(); // returns once registered, or throws after two minutes
         * }</pre>
         *
         * @param timeout how long {@code start()} may wait for the daemon at most; positive
         * @return this builder
         */
        public Builder awaitDaemon(Duration timeout) {
            this.awaitDaemon = positive(timeout, "awaitDaemon");
            return this;
        }

        /**
         * How long a call (and {@link #start()}'s registration) waits for the daemon's answer. Default 10 s.
         *
         * @param callTimeout positive
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = positive(callTimeout, "callTimeout");
            return this;
        }

        /**
         * How long {@link TracimDaemonClient#close()} lets handlers finish the messages already accepted. Default 10 s.
         *
         * @param drainTimeout positive
         * @return this builder
         */
        public Builder drainTimeout(Duration drainTimeout) {
            this.drainTimeout = positive(drainTimeout, "drainTimeout");
            return this;
        }

        /**
         * The daemon's keep-alive round (30 s in TracimDaemon); with no ping for two rounds the
         * client registers again. Change it only to test.
         *
         * @param pingRound positive
         * @return this builder
         */
        public Builder pingRound(Duration pingRound) {
            this.pingRound = positive(pingRound, "pingRound");
            return this;
        }

        /**
         * The largest incoming message read; a larger one is refused and reported. Default 16 MiB.
         *
         * @param maxMessageSize in bytes, at least 4096
         * @return this builder
         */
        public Builder maxMessageSize(int maxMessageSize) {
            if (maxMessageSize < 4096) {
                throw new IllegalArgumentException("maxMessageSize must be at least 4096 bytes, got " + maxMessageSize);
            }
            this.maxMessageSize = maxMessageSize;
            return this;
        }

        /**
         * How long one connection may take to send its whole message, counted from its accept. A
         * local process that connects, writes half a message and hangs costs the other
         * connections nothing (they are read meanwhile); when its time is up it is dropped and
         * reported ({@link DispatchError.Kind#CONNECTION_FAILED}). Default 5 s.
         *
         * @param readTimeout positive
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive(readTimeout, "readTimeout");
            return this;
        }

        /**
         * Bounds the memory held by messages read but not yet handled, the event loop's own
         * buffers included. Each counts its size plus 256 bytes (a queued event is decoded only
         * when its turn comes): at the default 64 MiB, about 50,000 typical Tracim events of 1 KB
         * or 20,000 notes of 3 KB. When handlers fall that far behind, one warning is logged and
         * the loop reads only the first 512 bytes of each new connection: pings and call replies
         * go on at once, events wait unread in accept order (4,096 at most, outside the bound)
         * and are read when there is room again. Past those, a new event is dropped and reported
         * ({@link DispatchError.Kind#DROPPED}): the plugin stays registered and nothing is lost
         * silently. Size it for the longest stall your handlers may have times the rate of
         * events. A single message larger than the bound is still let in, alone.
         *
         * @param maxQueuedBytes in bytes, at least 65536
         * @return this builder
         */
        public Builder maxQueuedBytes(long maxQueuedBytes) {
            if (maxQueuedBytes < 64 * 1024) {
                throw new IllegalArgumentException("maxQueuedBytes must be at least 65536, got " + maxQueuedBytes);
            }
            this.maxQueuedBytes = maxQueuedBytes;
            return this;
        }

        /**
         * Binds the client socket, registers with the daemon and returns once the daemon answered
         * with {@code daemon_account_info}.
         *
         * @return the running client
         * @throws IOException if the socket cannot be bound (a live process listening on it is
         *                     named), or no daemon answered within the call timeout (the message
         *                     names the master socket)
         */
        public TracimDaemonClient start() throws IOException {
            if (clientSocket == null) {
                throw new IllegalStateException("set clientSocket(...) or pluginName(...) before start()");
            }
            NativeLibraryCache.prepare(); // before anything loads junixsocket's native library
            TracimDaemonClient client = new TracimDaemonClient(this);
            client.start();
            return client;
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + duration);
            }
            return duration;
        }
    }
}
