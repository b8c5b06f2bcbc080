/**
 * The runtime of a TracimDaemon plugin: {@link org.tracimdaemon.sdk.runtime.TracimDaemonClient}
 * registers with the daemon and hands each message to a generated dispatcher, which decodes it into
 * the records of {@code .wire} and {@code .tlm}.
 *
 * <p>A plugin's {@code module-info.java} needs one line:
 * <pre>{@code
 * module my.plugin {
 *     requires org.tracimdaemon.sdk.runtime;
 * }
 * }</pre>
 * It brings the annotations ({@code org.tracimdaemon.sdk}) and Jackson's tree types, which appear in
 * this module's signatures; junixsocket is read by the runtime alone. The packages under
 * {@code internal} are not exported.
 */
@SuppressWarnings("module") // the qualified export names a module that is built after this one
module org.tracimdaemon.sdk.runtime {
    requires transitive org.tracimdaemon.sdk;
    requires transitive com.fasterxml.jackson.databind;
    // Generated dispatchers carry javax.annotation.processing.Generated (source retention): a
    // plugin reads java.compiler when it compiles, and needs nothing of it at run time.
    requires static transitive java.compiler;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires org.newsclub.net.unix;
    // junixsocket's native library: junixsocket-common finds it at run time but does not require it
    requires com.kohlschutter.junixsocket.nativecommon;
    // the plugin's own uid, which every peer must have
    requires jdk.security.auth;

    exports org.tracimdaemon.sdk.runtime;
    exports org.tracimdaemon.sdk.runtime.wire;
    // DecodeException, below wire and tlm so that the JSON internals throw it without using either
    exports org.tracimdaemon.sdk.runtime.decode;
    exports org.tracimdaemon.sdk.runtime.tlm;
    // what generated dispatchers call: public so that a fix in decoding needs no plugin recompiled
    exports org.tracimdaemon.sdk.runtime.dispatch;
    // the Tracim API client decodes Tracim's JSON with the runtime's mapper and dates
    exports org.tracimdaemon.sdk.runtime.internal.json to org.tracimdaemon.sdk.tracim;

    // Jackson builds the records (and the package-private deserializers they name) reflectively
    opens org.tracimdaemon.sdk.runtime.wire to com.fasterxml.jackson.databind;
    opens org.tracimdaemon.sdk.runtime.tlm to com.fasterxml.jackson.databind;
}
