package org.mcpstreams.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aLineBreakCannotStartAForgedEntry() {
        assertEquals("tools/list\\n[#|2026-01-01T00:00:00.000+0000|SEVERE|forged-entry|#]",
                LogText.of("tools/list\n[#|2026-01-01T00:00:00.000+0000|SEVERE|forged-entry|#]"));
    }

    @Test
    void everyControlCharacterIsEscaped() {
        assertEquals("a\\r\\tb\\u0000\\u001b[31m\\u007f\\u0085\\u2028\\\\n",
                LogText.of("a\r\tb\u0000\u001b[31m\u007f\u0085\u2028\\n"));
    }

    @Test
    void longTextIsCutWithANoteOfWhatWasLeftOut() {
        String text = "x".repeat(LogText.MAX_CHARS + 50);
        assertEquals("x".repeat(LogText.MAX_CHARS) + "…(50 more characters)", LogText.of(text));
    }

    @Test
    void plainTextIsUnchangedAndNullIsNamed() {
        assertEquals("tools/call weather", LogText.of("tools/call weather"));
        assertEquals("null", LogText.of(null));
    }
}
