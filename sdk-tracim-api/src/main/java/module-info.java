/**
 * A client of Tracim's REST API for plugins that act on what they hear: log in as the daemon does
 * ({@link org.tracimdaemon.sdk.tracim.TracimLogin}) and read or write content
 * ({@link org.tracimdaemon.sdk.tracim.TracimRestClient}).
 */
module org.tracimdaemon.sdk.tracim {
    requires transitive org.tracimdaemon.sdk.runtime;
    requires java.net.http;

    exports org.tracimdaemon.sdk.tracim;

    opens org.tracimdaemon.sdk.tracim to com.fasterxml.jackson.databind;
}
