package org.tracimdaemon.sdk.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import javax.tools.JavaFileObject;

/** Loads the classes a compilation wrote. */
final class CompiledClassLoader extends ClassLoader {
    private final Compilation compilation;

    CompiledClassLoader(Compilation compilation, ClassLoader parent) {
        super(parent);
        this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith("/" + path)) {
                try (InputStream in = file.openInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
        throw new ClassNotFoundException(name);
    }
}
