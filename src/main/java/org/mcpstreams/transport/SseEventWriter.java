package org.mcpstreams.transport;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes SSE events exactly as MCP needs them on the wire. Unlike the container's writer, an
 * event whose data is empty still gets its {@code data:} line: that is what makes a priming
 * event (id, empty data) an event that clients dispatch and so learn the id from.
 */
@Provider
@Produces(MediaType.SERVER_SENT_EVENTS)
public class SseEventWriter implements MessageBodyWriter<OutboundSseEvent> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return OutboundSseEvent.class.isAssignableFrom(type)
                && (mediaType == null || mediaType.isCompatible(MediaType.SERVER_SENT_EVENTS_TYPE));
    }

    @Override
    public void writeTo(OutboundSseEvent event, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(format(event).getBytes(StandardCharsets.UTF_8));
    }

    /** The event's wire text, ending with the blank line that dispatches it. */
    static String format(OutboundSseEvent event) {
        String data = event.getData() == null ? null : String.valueOf(event.getData());
        StringBuilder text = new StringBuilder(64 + (data == null ? 0 : data.length()));
        if (event.getComment() != null) {
            lines(text, ": ", event.getComment());
        }
        field(text, "event", event.getName());
        field(text, "id", event.getId());
        if (event.getReconnectDelay() >= 0) {
            text.append("retry: ").append(event.getReconnectDelay()).append('\n');
        }
        if (data != null) {
            lines(text, "data: ", data);
        }
        return text.append('\n').toString();
    }

    /**
     * One {@code prefix} line per line of {@code value}, split at CR LF, CR or LF; written for
     * every event, so it scans the text once rather than through a regular expression.
     */
    private static void lines(StringBuilder text, String prefix, String value) {
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                text.append(prefix).append(value, start, i).append('\n');
                if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        text.append(prefix).append(value, start, value.length()).append('\n');
    }

    private static void field(StringBuilder text, String name, String value) {
        if (value != null) {
            text.append(name).append(": ").append(value.replace("\r", "").replace("\n", "")).append('\n');
        }
    }
}
