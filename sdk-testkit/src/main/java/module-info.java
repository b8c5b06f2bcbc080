/**
 * Test kit for plugins: {@link org.tracimdaemon.sdk.testkit.FakeDaemon} talks to a plugin over real
 * Unix sockets byte for byte as the daemon does, {@link org.tracimdaemon.sdk.testkit.Tlm} builds
 * events, and {@link org.tracimdaemon.sdk.testkit.tracim.FakeTracim} serves Tracim's REST API.
 */
module org.tracimdaemon.sdk.testkit {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive org.junit.jupiter.api;
    requires org.newsclub.net.unix;
    requires com.kohlschutter.junixsocket.nativecommon;
    requires jdk.httpserver;

    exports org.tracimdaemon.sdk.testkit;
    exports org.tracimdaemon.sdk.testkit.tracim;
}
