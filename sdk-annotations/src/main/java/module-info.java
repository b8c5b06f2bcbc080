/**
 * What a plugin's handler interface is written with: {@link org.tracimdaemon.sdk.OnEvent} and
 * {@link org.tracimdaemon.sdk.TracimPlugin}, and the catalogue of the daemon's and Tracim's message
 * types ({@link org.tracimdaemon.sdk.catalogue.TlmTypes} for the event types as constants).
 *
 * <p>A plugin does not require this module itself: {@code requires org.tracimdaemon.sdk.runtime;}
 * brings it.
 */
module org.tracimdaemon.sdk {
    exports org.tracimdaemon.sdk;
    exports org.tracimdaemon.sdk.catalogue;
}
