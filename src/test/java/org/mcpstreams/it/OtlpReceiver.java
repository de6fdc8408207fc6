package org.mcpstreams.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * An OpenTelemetry collector as far as the tests need one: it takes OTLP/HTTP metric exports
 * ({@code ExportMetricsServiceRequest} in protobuf) on 127.0.0.1 and keeps the last value of each
 * integer gauge by name.
 */
final class OtlpReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Long> gauges = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            try (InputStream body = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                if (exchange.getRequestURI().getPath().endsWith("/v1/metrics")) {
                    readExport(new Protobuf(body.readAllBytes()));
                }
            } catch (IOException | RuntimeException unreadable) {
                problems.add(unreadable.toString());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** The base URL exporters send to ({@code otel.exporter.otlp.endpoint}). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The last value received for the integer gauge {@code name}. */
    OptionalLong gauge(String name) {
        Long value = gauges.get(name);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** What the receiver could not read, for a failing test's message. */
    List<String> problems() {
        return problems;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** ExportMetricsServiceRequest: resource_metrics(1) / scope_metrics(2) / metrics(2). */
    private void readExport(Protobuf request) {
        request.messages(1).forEach(resource -> resource.messages(2).forEach(scope -> scope.messages(2)
                .forEach(this::readMetric)));
    }

    /** Metric: name(1), gauge(5) / data_points(1) / as_int(6). */
    private void readMetric(Protobuf metric) {
        String name = metric.strings(1).findFirst().orElse("");
        metric.messages(5).flatMap(gauge -> gauge.messages(1)).forEach(point -> point.fixed64(6)
                .forEach(value -> gauges.put(name, value)));
    }

    /** The fields of one protobuf message, read without a schema. */
    private record Protobuf(byte[] bytes) {

        Stream<Protobuf> messages(int field) {
            return lengthDelimited(field).map(Protobuf::new);
        }

        Stream<String> strings(int field) {
            return lengthDelimited(field).map(b -> new String(b, StandardCharsets.UTF_8));
        }

        LongStream fixed64(int field) {
            LongStream.Builder values = LongStream.builder();
            walk((number, type, value, content) -> {
                if (number == field && type == 1) {
                    values.add(value);
                }
            });
            return values.build();
        }

        private Stream<byte[]> lengthDelimited(int field) {
            Stream.Builder<byte[]> found = Stream.builder();
            walk((number, type, value, content) -> {
                if (number == field && type == 2) {
                    found.add(content);
                }
            });
            return found.build();
        }

        private interface Visitor {
            void field(int number, int type, long value, byte[] content);
        }

        private void walk(Visitor visitor) {
            int[] at = {0};
            while (at[0] < bytes.length) {
                long key = varint(at);
                int number = (int) (key >>> 3);
                int type = (int) (key & 7);
                switch (type) {
                    case 0 -> visitor.field(number, type, varint(at), null);
                    case 1 -> {
                        long value = 0;
                        for (int i = 7; i >= 0; i--) {
                            value = (value << 8) | (bytes[at[0] + i] & 0xFF);
                        }
                        at[0] += 8;
                        visitor.field(number, type, value, null);
                    }
                    case 2 -> {
                        int length = (int) varint(at);
                        byte[] content = Arrays.copyOfRange(bytes, at[0], at[0] + length);
                        at[0] += length;
                        visitor.field(number, type, 0, content);
                    }
                    case 5 -> at[0] += 4;
                    default -> throw new IllegalStateException("wire type " + type + " at " + at[0]);
                }
            }
        }

        private long varint(int[] at) {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at[0]++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }
}
