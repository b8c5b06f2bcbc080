/** A plugin as a named module: the one line a plugin's module-info needs. */
module org.tracimdaemon.modular {
    requires org.tracimdaemon.sdk.runtime;
}
