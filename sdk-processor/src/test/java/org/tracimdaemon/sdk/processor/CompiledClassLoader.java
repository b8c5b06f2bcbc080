package org.tracimdaemon.sdk.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.tracimdaemon.sdk.runtime.EventDispatcher;
import javax.tools.JavaFileObject;

/** Loads the classes a compilation wrote. */
final class CompiledClassLoader extends ClassLoader {
    private final Compilation compilation;

    CompiledClassLoader(Compilation compilation, ClassLoader parent) {
        super(parent);
        this.compilation = compilation;
    }

    /**
     * The generated dispatcher of the compiled interface {@code test.<name>}, calling a proxy of it
     * whose every handler call runs {@code handler}.
     */
    static EventDispatcher dispatcherOf(Compilation compilation, String name, InvocationHandler handler)
            throws ReflectiveOperationException {
        ClassLoader loader = new CompiledClassLoader(compilation, CompiledClassLoader.class.getClassLoader());
        Class<?> type = loader.loadClass("test." + name);
        Object handlers = Proxy.newProxyInstance(loader, new Class<?>[] {type}, handler);
        return (EventDispatcher) loader.loadClass("test." + name + "Dispatcher").getMethod("of", type)
                .invoke(null, handlers);
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
