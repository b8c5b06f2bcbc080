package org.tracimdaemon.sdk.processor;

/** What a handler parameter receives; a handler takes at most one of each. */
enum ParameterKind {
    /** The event's payload record, e.g. {@code ContentEvent} or {@code AccountInfoData}. */
    PAYLOAD("payload record"),
    /** The payload's main object, e.g. {@code FileContent} or {@code Workspace}. */
    MAIN_OBJECT("main object"),
    /** The decoded Tracim live message. */
    TLM_EVENT("TLMEvent"),
    /** The error handed to {@code custom_error} handlers. */
    DISPATCH_ERROR("DispatchError"),
    /** The envelope as received. */
    DAEMON_EVENT("DaemonEvent"),
    /** The daemon, to call it. */
    DAEMON_CLIENT("DaemonClient");

    private final String description;

    ParameterKind(String description) {
        this.description = description;
    }

    /** How messages name it. */
    String description() {
        return description;
    }
}
