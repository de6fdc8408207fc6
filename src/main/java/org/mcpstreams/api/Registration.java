package org.mcpstreams.api;

/** Something added through {@link Features}; closing it removes it (again does nothing). */
public interface Registration extends AutoCloseable {

    @Override
    void close();
}
