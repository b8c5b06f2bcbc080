package org.tracimdaemon.sdk.catalogue;

/** How a Tracim event type is triggered, as Tracim's source shows it. */
public enum Reach {
    /** By ordinary use of the web UI or the REST API. */
    API,
    /** Only through WebDAV (e.g. {@code content.copied.*}). */
    WEBDAV,
    /** Tracim has the hook, but no API triggers it: accepted, but not expected on the wire. */
    INTERNAL
}
