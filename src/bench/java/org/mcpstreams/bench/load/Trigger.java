package org.mcpstreams.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the bench WAR's {@code /bench} resource: broadcasts on the server, its counters and sessions. */
final class Trigger {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String root;

    Trigger(String host, int port) {
        this.root = "http://" + host + ":" + port + "/bench/";
    }

    /**
     * Has the server broadcast {@code count} notifications of round {@code round}, numbered from
     * {@code from}, each with {@code bytes} characters of data.
     *
     * @return the number of sessions the last one reached
     */
    int broadcast(int round, int from, int count, int bytes) throws IOException, InterruptedException {
        String query = "broadcast?round=" + round + "&from=" + from + "&count=" + count + "&bytes=" + bytes;
        return Integer.parseInt(call(HttpRequest.newBuilder(URI.create(root + query))
                .POST(HttpRequest.BodyPublishers.noBody())).trim());
    }

    /** The registry's counters as the server prints them. */
    String stats() throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(root + "stats")).GET());
    }

    /** The number of live sessions on the server. */
    long sessions() throws IOException, InterruptedException {
        return Long.parseLong(call(HttpRequest.newBuilder(URI.create(root + "sessions")).GET()).trim());
    }

    private String call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
