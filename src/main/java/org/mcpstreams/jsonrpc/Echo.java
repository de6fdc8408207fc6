package org.mcpstreams.jsonrpc;

/**
 * Client-supplied text repeated in an answer (an unknown tool's name, a method, a URI), bounded:
 * a client cannot make the server build and keep answers of its own choosing in size.
 */
public final class Echo {

    /** The most characters of one client-supplied value an answer repeats. */
    public static final int MAX_CHARS = 100;

    private Echo() {
    }

    /** @return {@code text} itself, or its first {@value #MAX_CHARS} characters followed by "…" */
    public static String of(String text) {
        return text == null || text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
    }
}
