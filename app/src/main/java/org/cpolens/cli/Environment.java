package org.cpolens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Failures that come from the machine rather than from CPO Lens: the heap is too small for the
 * input, the disk is full or read-only, a file may not be read. They get one line naming what
 * ran out or which path, and the OS's reason; never "internal error ... please report it".
 */
final class Environment {
    private Environment() {
    }

    /** The one-line message for {@code t}, or null when it is not an environment failure. */
    static String message(Throwable t) {
        OutOfMemoryError oom = cause(t, OutOfMemoryError.class);
        if (oom != null) {
            return String.format(Locale.ROOT, "out of memory: this input needs more than the %,d MiB the Java heap may use "
                    + "(hint: give a smaller input, e.g. fewer --trials or a narrower grid, or more heap: "
                    + "CPOLENS_JAVA_OPTS=-Xmx8g ./cpolens ...)", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        IOException io = cause(t, IOException.class);
        if (io != null) {
            String file = io instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
            return file + OutputPaths.reason(io) + " (hint: check the path, free space and permissions)";
        }
        return null;
    }

    /** The first throwable of type {@code type} in the cause chain of {@code t}. */
    static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable x = t; x != null; x = x.getCause() == x ? null : x.getCause()) {
            if (type.isInstance(x)) {
                return type.cast(x);
            }
            if (x instanceof UncheckedIOException u && type.isInstance(u.getCause())) {
                return type.cast(u.getCause());
            }
        }
        return null;
    }
}
