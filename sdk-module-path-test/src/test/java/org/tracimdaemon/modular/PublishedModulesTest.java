package org.tracimdaemon.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What each published module exports, read from its module descriptor as the JVM reads it (as
 * {@code jar --describe-module} shows it): only what a plugin author uses. A package added to a
 * module's exports, on purpose or not, fails here until the list below names it.
 */
class PublishedModulesTest {
    private static final Map<String, Set<String>> EXPORTS = Map.of(
            "org.tracimdaemon.sdk", Set.of("org.tracimdaemon.sdk", "org.tracimdaemon.sdk.catalogue"),
            "org.tracimdaemon.sdk.runtime", Set.of(
                    "org.tracimdaemon.sdk.runtime",
                    "org.tracimdaemon.sdk.runtime.decode",
                    "org.tracimdaemon.sdk.runtime.dispatch",
                    "org.tracimdaemon.sdk.runtime.tlm",
                    "org.tracimdaemon.sdk.runtime.wire",
                    "org.tracimdaemon.sdk.runtime.internal.json to [org.tracimdaemon.sdk.tracim]"),
            "org.tracimdaemon.sdk.processor", Set.of(),
            "org.tracimdaemon.sdk.testkit", Set.of("org.tracimdaemon.sdk.testkit", "org.tracimdaemon.sdk.testkit.tracim"),
            "org.tracimdaemon.sdk.tracim", Set.of("org.tracimdaemon.sdk.tracim"));

    @Test
    void eachPublishedModuleExportsOnlyItsApi() {
        Map<String, ModuleDescriptor> found = sdkModules();
        assertEquals(new TreeSet<>(EXPORTS.keySet()), new TreeSet<>(found.keySet()), "the SDK's modules");
        Map<String, Set<String>> exports = new TreeMap<>();
        found.forEach((name, descriptor) -> exports.put(name, descriptor.exports().stream()
                .map(e -> e.isQualified() ? e.source() + " to " + new TreeSet<>(e.targets()) : e.source())
                .collect(Collectors.toCollection(TreeSet::new))));
        Map<String, Set<String>> expected = new TreeMap<>();
        EXPORTS.forEach((name, packages) -> expected.put(name, new TreeSet<>(packages)));
        assertEquals(expected, exports);
    }

    @Test
    void theProcessorIsAServiceAndNothingElse() {
        ModuleDescriptor processor = sdkModules().get("org.tracimdaemon.sdk.processor");
        assertEquals(Set.of("javax.annotation.processing.Processor with [org.tracimdaemon.sdk.processor.OnEventProcessor]"),
                processor.provides().stream().map(p -> p.service() + " with " + p.providers())
                        .collect(Collectors.toSet()));
        assertEquals(Set.of(), processor.opens());
    }

    @Test
    void nothingIsOpenToAllButTheRecordsToJackson() {
        Map<String, Set<String>> opens = new TreeMap<>();
        sdkModules().forEach((name, descriptor) -> descriptor.opens().forEach(open -> opens
                .computeIfAbsent(name, n -> new TreeSet<>()).add(open.source() + " to " + open.targets())));
        assertEquals(Map.of(
                "org.tracimdaemon.sdk.runtime", Set.of(
                        "org.tracimdaemon.sdk.runtime.tlm to [com.fasterxml.jackson.databind]",
                        "org.tracimdaemon.sdk.runtime.wire to [com.fasterxml.jackson.databind]"),
                "org.tracimdaemon.sdk.tracim", Set.of(
                        "org.tracimdaemon.sdk.tracim to [com.fasterxml.jackson.databind]")), opens);
    }

    /** The SDK's modules on this test's class path, where Maven put them (jars or class folders). */
    private static Map<String, ModuleDescriptor> sdkModules() {
        Map<String, ModuleDescriptor> modules = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            descriptor(Path.of(entry))
                    .filter(d -> !d.isAutomatic() && d.name().startsWith("org.tracimdaemon.sdk"))
                    .ifPresent(d -> modules.put(d.name(), d));
        }
        return modules;
    }

    private static Optional<ModuleDescriptor> descriptor(Path entry) {
        try {
            return ModuleFinder.of(entry).findAll().stream().findFirst().map(ModuleReference::descriptor);
        } catch (FindException notAModule) {
            return Optional.empty();
        }
    }
}
