/**
 * The annotation processor that checks {@code @OnEvent} handler interfaces and writes their
 * dispatchers. It exports nothing: javac finds it as a service, on the processor path.
 */
@SuppressWarnings("requires-automatic") // JavaPoet and AutoService name themselves in their manifests only
module org.tracimdaemon.sdk.processor {
    requires org.tracimdaemon.sdk;
    requires java.compiler;
    requires com.palantir.javapoet;
    requires static com.google.auto.service;

    provides javax.annotation.processing.Processor with org.tracimdaemon.sdk.processor.OnEventProcessor;
}
