package org.tracimdaemon.sdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * A stand-in for TracimDaemon that speaks its protocol byte for byte (see PROTOCOL.md): one
 * connection per message, one {@code read()} of at most 4096 bytes per incoming connection, each
 * handled on its own thread, compact JSON with Go's escaping, keep-alive rounds on demand, and the
 * real daemon's crashes on a missing {@code data}. Everything plugins send is recorded.
 *
 * <pre>{@code
 * try (FakeDaemon daemon = FakeDaemon.start(tempDir)) {
 *     // start the plugin with daemon.socketPath() as its master socket, then:
 *     ReceivedMessage add = daemon.awaitMessage("daemon_client_add", Duration.ofSeconds(5));
 *     daemon.sendTlm("{\"event_id\":1,\"event_type\":\"user.modified\",...}");
 *     daemon.pingAll();
 *     daemon.awaitMessage("daemon_pong", Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class FakeDaemon implements AutoCloseable {
    /** The most the real daemon reads from one connection. */
    public static final int READ_LIMIT = 4096;

    private static final int BACKLOG = 4096;

    private final Path socketPath;
    private final String userId;
    private final BlockingQueue<ReceivedMessage> received = new LinkedBlockingQueue<>();
    /** The daemon's client list, keyed by socket path; the value is alive-since-last-round. */
    private final Map<String, RegisteredClient> clients = new LinkedHashMap<>();
    private final AtomicLong failedDeliveries = new AtomicLong();
    private final ExecutorService connectionThreads = Executors.newCachedThreadPool(daemonThreads("fake-daemon-conn"));

    /** How daemon_do_request is answered: the result's data, or empty for no answer at all. */
    private volatile Function<JsonNode, Optional<ObjectNode>> requestAnswers = data -> Optional.empty();
    private volatile AFUNIXServerSocket server;
    private volatile boolean crashed;

    private FakeDaemon(Path socketPath, String userId) {
        this.socketPath = socketPath;
        this.userId = userId;
    }

    /**
     * Starts a daemon logged in as user {@code "1"}, listening on {@code directory/master.sock}.
     *
     * @param directory where the master socket is created (a test's temporary directory)
     * @return the running daemon; close it after the test
     */
    public static FakeDaemon start(Path directory) {
        return start(directory, "1");
    }

    /**
     * Starts a daemon logged in as {@code userId}, listening on {@code directory/master.sock}.
     *
     * @param directory where the master socket is created (a test's temporary directory)
     * @param userId    the user id its {@code daemon_account_info} gives, as the daemon writes it (a string)
     * @return the running daemon; close it after the test
     */
    public static FakeDaemon start(Path directory, String userId) {
        FakeDaemon daemon = new FakeDaemon(directory.resolve("master.sock"), userId);
        daemon.listen();
        return daemon;
    }

    /**
     * The master socket, to give the plugin.
     *
     * @return {@code directory/master.sock}
     */
    public Path socketPath() {
        return socketPath;
    }

    // ---- what plugins sent ------------------------------------------------------------------

    /**
     * Every message plugins sent, in arrival order; poll it with a timeout.
     *
     * @return the live queue of received messages
     */
    public BlockingQueue<ReceivedMessage> received() {
        return received;
    }

    /**
     * The next received message of {@code type}, discarding the ones of other types before it.
     *
     * @param type    the envelope {@code type} awaited, e.g. {@code daemon_pong}
     * @param timeout how long to wait at most
     * @return the message
     * @throws InterruptedException if the test's thread is interrupted while waiting
     * @throws AssertionError if none arrives within {@code timeout}
     */
    public ReceivedMessage awaitMessage(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ReceivedMessage message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("the fake daemon received no " + type + " within " + timeout);
            }
            if (message.type().equals(type)) {
                return message;
            }
        }
    }

    /**
     * The registered plugins' socket paths, in registration order.
     *
     * @return a copy of the list, as {@code daemon_get_clients} would answer it
     */
    public List<String> registeredClients() {
        synchronized (clients) {
            return List.copyOf(clients.keySet());
        }
    }

    /**
     * Whether the daemon exited as the real one does on a message it cannot survive.
     *
     * @return true once it crashed
     */
    public boolean crashed() {
        return crashed;
    }

    /**
     * Messages the daemon could not deliver because the plugin's connect failed (its backlog was full, or it was gone).
     *
     * @return the number of failed deliveries so far
     */
    public long failedDeliveries() {
        return failedDeliveries.get();
    }

    // ---- what the daemon sends --------------------------------------------------------------

    /**
     * Broadcasts a Tracim event: a {@code daemon_tracim_event} whose data is {@code tlmJson} as a JSON string.
     *
     * @param tlmJson the TLM, e.g. from {@link Tlm#build()} or {@link Samples#tlm}
     * @return how many plugins took it
     */
    public int sendTlm(String tlmJson) {
        return broadcast("daemon_tracim_event", new TextNode(tlmJson));
    }

    /**
     * Sends {@code type} with {@code data} (may be null for none) to every registered plugin; returns how many took it.
     *
     * @param type the message type, e.g. {@code daemon_ping}
     * @param data its data, or null for none
     * @return how many plugins took it
     */
    public int broadcast(String type, JsonNode data) {
        return broadcastRaw(envelope(type, data));
    }

    /**
     * Sends these exact bytes to every registered plugin, one after another as the daemon does; returns how many took it.
     *
     * @param message the whole message, sent as it is
     * @return how many plugins took it
     */
    public int broadcastRaw(byte[] message) {
        synchronized (clients) {
            int delivered = 0;
            for (String client : clients.keySet()) {
                delivered += deliver(Path.of(client), message) ? 1 : 0;
            }
            return delivered;
        }
    }

    /**
     * Sends these exact bytes to one socket; whether it took them.
     *
     * @param clientSocket the plugin's socket
     * @param message      the whole message, sent as it is
     * @return whether the plugin's socket took it
     */
    public boolean sendRaw(Path clientSocket, byte[] message) {
        return deliver(clientSocket, message);
    }

    /**
     * Sends {@code type} with {@code data} (null for none) to one socket; whether it took them.
     *
     * @param clientSocket the plugin's socket
     * @param type         the message type
     * @param data         its data, or null for none
     * @return whether the plugin's socket took it
     */
    public boolean send(Path clientSocket, String type, JsonNode data) {
        return deliver(clientSocket, envelope(type, data));
    }

    /**
     * One keep-alive round, as the daemon runs every 30 seconds: removes the plugins that did not
     * answer since the previous round (without telling anyone), marks the rest not alive, pings them.
     */
    public void pingAll() {
        synchronized (clients) {
            clients.values().removeIf(client -> !client.alive);
            clients.values().forEach(client -> client.alive = false);
            byte[] ping = envelope("daemon_ping", null);
            for (String client : clients.keySet()) {
                deliver(Path.of(client), ping);
            }
        }
    }

    /**
     * Forgets a plugin without telling it, as the keep-alive round does to one that missed a ping.
     *
     * @param clientSocket the plugin's socket, as it registered
     */
    public void drop(Path clientSocket) {
        synchronized (clients) {
            clients.remove(clientSocket.toString());
        }
    }

    /**
     * What {@code daemon_do_request} gets: a {@code daemon_request_result} carrying {@code body}
     * (as when Tracim answers 200), or, with an empty optional (the default), nothing at all.
     *
     * @param body the body every request gets back, or empty for no answer
     */
    public void answerRequests(Optional<byte[]> body) {
        Optional<byte[]> answer = body.map(byte[]::clone);
        // Today's daemon: whatever was asked, it called GET <tracim url> and echoes an empty request.
        requestAnswers = data -> answer.map(bytes -> requestResult(new TracimRequest("", "", new byte[0]), bytes));
    }

    /**
     * Answers {@code daemon_do_request} as the protocol intends, which today's daemon does not (see
     * PROTOCOL.md): the plugin's {@code Method}, {@code Endpoint} and {@code Body} reach
     * {@code tracim}, and its answer comes back in a {@code daemon_request_result} whose
     * {@code Request} echoes them. Where {@code tracim} has no answer, nothing comes back.
     *
     * <pre>{@code
     * daemon.answerRequestsAsIntended(TracimApi.of(Map.of("/users/1", "{\"public_name\": \"Alice\"}")));
     * }</pre>
     *
     * @param tracim what Tracim answers to each request
     */
    public void answerRequestsAsIntended(TracimApi tracim) {
        requestAnswers = data -> {
            TracimRequest request = tracimRequest(data);
            return tracim.answer(request).map(body -> requestResult(request, body));
        };
    }

    // ---- life cycle -------------------------------------------------------------------------

    /** Stops the daemon as a restart would: the socket file goes away and every plugin is forgotten. */
    public void stop() {
        closeServer();
        synchronized (clients) {
            clients.clear();
        }
        try {
            Files.deleteIfExists(socketPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts listening again on the same path, with no plugin registered (a fresh socket file). */
    public void restart() {
        stop();
        crashed = false;
        listen();
    }

    @Override
    public void close() {
        stop();
        connectionThreads.shutdownNow();
    }

    // ---- internals --------------------------------------------------------------------------

    private void listen() {
        try {
            Files.createDirectories(socketPath.getParent());
            Files.deleteIfExists(socketPath);
            AFUNIXServerSocket socket = AFUNIXServerSocket.newInstance();
            socket.bind(AFUNIXSocketAddress.of(socketPath), BACKLOG);
            // A crash must leave the file behind, as the real daemon does.
            socket.setDeleteOnClose(false);
            server = socket;
            Thread accept = daemonThreads("fake-daemon-accept").newThread(() -> acceptLoop(socket));
            accept.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + socketPath, e);
        }
    }

    private void acceptLoop(AFUNIXServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                AFUNIXSocket connection = socket.accept();
                connectionThreads.execute(() -> handle(connection));
            } catch (IOException | RuntimeException e) {
                return; // closed: stop() or a simulated crash
            }
        }
    }

    private void handle(AFUNIXSocket connection) {
        byte[] buffer = new byte[READ_LIMIT];
        int length;
        try (connection; InputStream in = connection.getInputStream()) {
            length = Math.max(0, in.read(buffer)); // ONE read, like the Go daemon: the rest is cut
        } catch (IOException e) {
            return;
        }
        Envelope envelope = Envelope.parse(buffer, length);
        if (envelope != null && !crashed) {
            respond(envelope);
        }
        // Recorded once handled, so a test that sees a message also sees its effect (alive, registered...).
        received.add(ReceivedMessage.of(buffer, length, envelope));
    }

    private void respond(Envelope message) {
        Path sender = Path.of(message.path().isEmpty() ? "." : message.path());
        switch (message.type()) {
            case "daemon_client_add" -> {
                if (crashesOn(message.data())) {
                    return;
                }
                if (!message.data().isObject()) {
                    return; // an array: logged and ignored
                }
                String path = stringField(message.data(), "path");
                String pid = stringField(message.data(), "pid");
                // Listed before the answer, so that a plugin holding its account info is registered
                // (a test may broadcast the moment start() returns); the bytes sent keep the daemon's order.
                synchronized (clients) {
                    RegisteredClient existing = clients.get(path);
                    if (existing != null) {
                        existing.pid = pid;
                        existing.alive = true;
                        deliver(sender, envelope("daemon_account_info", accountInfo()));
                        return;
                    }
                    clients.put(path, new RegisteredClient(pid));
                    deliver(sender, envelope("daemon_account_info", accountInfo()));
                    ObjectNode added = GoJson.MAPPER.createObjectNode().put("path", path).put("pid", pid);
                    byte[] broadcast = envelope("daemon_client_added", added);
                    clients.keySet().forEach(client -> deliver(Path.of(client), broadcast));
                }
            }
            case "daemon_client_delete" -> {
                synchronized (clients) {
                    clients.remove(message.path());
                    JsonNode data = message.data().isMissingNode() ? null : GoJson.sortedKeys(message.data());
                    byte[] broadcast = envelope("daemon_client_deleted", data);
                    clients.keySet().forEach(client -> deliver(Path.of(client), broadcast));
                }
            }
            case "daemon_get_clients" -> deliver(sender, envelope("daemon_clients", clientList()));
            case "daemon_get_account_info" -> deliver(sender, envelope("daemon_account_info", accountInfo()));
            case "daemon_do_request" -> {
                if (crashesOn(message.data())) {
                    return;
                }
                requestAnswers.apply(message.data())
                        .ifPresent(result -> deliver(sender, envelope("daemon_request_result", result)));
            }
            case "daemon_ping" -> deliver(sender, envelope("daemon_pong", null));
            case "daemon_pong" -> {
                synchronized (clients) {
                    RegisteredClient client = clients.get(message.path());
                    if (client != null) {
                        client.alive = true;
                    }
                }
                deliver(sender, envelope("daemon_ack", null));
            }
            case "daemon_ack" -> { }
            default -> deliver(sender, envelope("daemon_ack", null));
        }
    }

    /** The real daemon dereferences a nil map here and exits, leaving its socket file behind. */
    private boolean crashesOn(JsonNode data) {
        if (data.isObject() || data.isArray()) {
            return false;
        }
        crashed = true;
        closeServer();
        return true;
    }

    private ObjectNode accountInfo() {
        return GoJson.MAPPER.createObjectNode().put("user_id", userId);
    }

    private ArrayNode clientList() {
        ArrayNode list = GoJson.MAPPER.createArrayNode();
        synchronized (clients) {
            clients.forEach((path, client) -> list.addObject().put("path", path).put("pid", client.pid));
        }
        return list;
    }

    private static ObjectNode requestResult(TracimRequest request, byte[] body) {
        ObjectNode result = GoJson.MAPPER.createObjectNode();
        ObjectNode echo = result.putObject("Request").put("Method", request.method()).put("Endpoint", request.endpoint());
        if (request.body().length == 0) {
            echo.putNull("Body"); // Go writes a nil []byte as null
        } else {
            echo.put("Body", Base64.getEncoder().encodeToString(request.body()));
        }
        result.put("StatusCode", 200).put("Status", "200 OK").put("data", Base64.getEncoder().encodeToString(body));
        return result;
    }

    private byte[] envelope(String type, JsonNode data) {
        ObjectNode envelope = GoJson.MAPPER.createObjectNode().put("path", socketPath.toString()).put("type", type);
        if (data != null) {
            envelope.set("data", data);
        }
        return GoJson.write(envelope);
    }

    private boolean deliver(Path client, byte[] message) {
        boolean delivered = Delivery.send(client, message);
        if (!delivered) {
            failedDeliveries.incrementAndGet();
        }
        return delivered;
    }

    private void closeServer() {
        AFUNIXServerSocket socket = server;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }

    /** The request as Go would decode it into a struct with JSON tags: strings only, Body in base64. */
    private static TracimRequest tracimRequest(JsonNode data) {
        byte[] body;
        try {
            body = Base64.getDecoder().decode(stringField(data, "Body"));
        } catch (IllegalArgumentException e) {
            body = new byte[0];
        }
        return new TracimRequest(stringField(data, "Method"), stringField(data, "Endpoint"), body);
    }

    /** Go's {@code map[string]string} decoding: only string values are kept. */
    private static String stringField(JsonNode data, String key) {
        JsonNode value = data.get(key);
        return value != null && value.isTextual() ? value.textValue() : "";
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicLong count = new AtomicLong();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class RegisteredClient {
        String pid;
        boolean alive = true;

        RegisteredClient(String pid) {
            this.pid = pid;
        }
    }
}
