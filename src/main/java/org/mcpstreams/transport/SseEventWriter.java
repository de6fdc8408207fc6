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
import org.mcpstreams.stream.EventRun;
import org.mcpstreams.stream.SseEventSinkAdapter;

/**
 * Writes SSE events exactly as MCP needs them on the wire. Unlike the container's writer, an
 * event whose data is empty still gets its {@code data:} line: that is what makes a priming
 * event (id, empty data) an event that clients dispatch and so learn the id from. A container
 * may frame events with its own writer instead; {@link SseEventSinkAdapter} learns from this one
 * whether the container uses it.
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
        SseEventSinkAdapter.applicationWriterUsed();
        out.write(format(event).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The event's wire text, ending with the blank line that dispatches it; for an event whose
     * data is an {@link EventRun}, the text of each event of the run, one after the other.
     */
    static String format(OutboundSseEvent event) {
        if (event.getData() instanceof EventRun run) {
            StringBuilder text = new StringBuilder(run.events().size() * 128);
            for (int i = 0; i < run.events().size(); i++) {
                append(text, null, null, run.id(i).toString(), -1, run.events().get(i).data());
            }
            return text.toString();
        }
        String data = event.getData() == null ? null : String.valueOf(event.getData());
        StringBuilder text = new StringBuilder(64 + (data == null ? 0 : data.length()));
        append(text, event.getComment(), event.getName(), event.getId(), event.getReconnectDelay(), data);
        return text.toString();
    }

    private static void append(StringBuilder text, String comment, String name, String id, long retry, String data) {
        if (comment != null) {
            lines(text, ": ", comment);
        }
        field(text, "event", name);
        field(text, "id", id);
        if (retry >= 0) {
            text.append("retry: ").append(retry).append('\n');
        }
        if (data != null) {
            lines(text, "data: ", data);
        }
        text.append('\n');
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
