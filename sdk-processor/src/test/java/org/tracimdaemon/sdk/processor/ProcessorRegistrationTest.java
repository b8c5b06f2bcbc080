package org.tracimdaemon.sdk.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Build tools find the processor by its registrations; no compiler involved, so it runs once. */
class ProcessorRegistrationTest {

    @Test
    void processorIsRegisteredForServiceLoaderAndGradle() throws IOException {
        assertThat(read("META-INF/services/javax.annotation.processing.Processor"))
                .contains(OnEventProcessor.class.getName());
        assertThat(read("META-INF/gradle/incremental.annotation.processors"))
                .isEqualTo(OnEventProcessor.class.getName() + ",isolating\n");
    }

    private static String read(String resource) throws IOException {
        try (var in = OnEventProcessor.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
