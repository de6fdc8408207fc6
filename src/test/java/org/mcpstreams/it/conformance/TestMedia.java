package org.mcpstreams.it.conformance;

/** The conformance suite's media: a 1×1 red PNG and a minimal WAV, Base64-encoded. */
final class TestMedia {

    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    static final String WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

    private TestMedia() {
    }
}
