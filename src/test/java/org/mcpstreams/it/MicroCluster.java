package org.mcpstreams.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Payara Micro nodes that a test starts itself, each serving the built WAR at {@code /} on its own
 * loopback HTTP port, clustered by TCP/IP on loopback only (never multicast, never calling home),
 * with {@code mcp.cluster.enabled=true}. Nodes start one after the other, each once the one before
 * serves; {@link #close()} stops them by process id, the last first. Each node's output goes to
 * {@code node-N.log} in its own folder under {@code target/}, which is also its temporary directory.
 */
final class MicroCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Node> nodes = new ArrayList<>();
    /** The command that started each node, to start it again. */
    private final List<List<String>> commands = new ArrayList<>();

    /** A started node: its HTTP port, its process and the file of its output. */
    record Node(int httpPort, Process process, Path log) {

        /** The node's root URL over loopback. */
        URL base() {
            try {
                return URI.create("http://127.0.0.1:" + httpPort + "/").toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Starts one node per HTTP port, the n-th with Hazelcast on the n-th of {@code hazelcastPorts},
     * each deploying {@code war}. The nodes already started are left for {@link #close()} when one
     * fails to start.
     *
     * @param name the cluster's name, so that no other cluster on the machine is joined
     * @throws IllegalStateException when a node exits or does not serve within three minutes
     */
    void start(String name, Path war, List<Integer> httpPorts, List<Integer> hazelcastPorts) throws Exception {
        Path root = Path.of(System.getProperty("micro.tmpdir", "target"), "cluster-it");
        String members = hazelcastPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        for (int n = 0; n < httpPorts.size(); n++) {
            Path folder = Files.createDirectories(root.resolve("node-" + (n + 1)));
            Path log = folder.resolve("node-" + (n + 1) + ".log");
            List<String> command = command(folder, war, name, members, httpPorts.get(n), hazelcastPorts.get(n));
            commands.add(command);
            Node node = new Node(httpPorts.get(n), launch(command, log), log);
            nodes.add(node);
            awaitServing(node);
        }
    }

    /**
     * Starts the n-th node (from 0) again, once it has ended, as it was started, its output going to a new
     * log; waits until it serves and the cluster has {@code members} members.
     *
     * @throws IllegalStateException when it exits, does not serve or does not join within three minutes
     */
    Node restart(int n, int members) throws Exception {
        Node old = nodes.get(n);
        Path log = old.log().resolveSibling("node-" + (n + 1) + "-restarted.log");
        Node node = new Node(old.httpPort(), launch(commands.get(n), log), log);
        nodes.set(n, node);
        awaitServing(node);
        awaitMembers(node, members);
        return node;
    }

    private static Process launch(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /**
     * Waits until a node's output says that its data grid has {@code size} members.
     *
     * @throws IllegalStateException when it does not within three minutes
     */
    void awaitMembers(Node node, int size) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(node.log()).contains("DG Size: " + size)) {
            if (Instant.now().isAfter(deadline) || !node.process().isAlive()) {
                throw new IllegalStateException("The cluster did not reach " + size + " members:\n" + tail(node));
            }
            Thread.sleep(500);
        }
    }

    /** Stops every node by its process id, the last started first; kills one that has not ended in 30 s. */
    @Override
    public void close() throws InterruptedException {
        for (int n = nodes.size() - 1; n >= 0; n--) {
            stop(nodes.get(n));
        }
        nodes.clear();
    }

    /** Stops one node by its process id, as a shutdown would, and waits until it has ended; kills it after 30 s. */
    void stop(Node node) throws InterruptedException {
        node.process().destroy();
        if (!node.process().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            node.process().destroyForcibly().waitFor();
        }
    }

    /**
     * Kills one node by its process id as {@code kill -9} does (nothing runs on its way out: no
     * shutdown, no leaving the cluster), and waits until it has ended.
     */
    void kill(Node node) throws InterruptedException {
        node.process().destroyForcibly().waitFor();
    }

    /**
     * How many lines of a node's output contain {@code text}.
     */
    static long linesWith(Node node, String text) throws IOException {
        try (var lines = Files.lines(node.log())) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    private static List<String> command(Path folder, Path war, String name, String members, int httpPort,
            int hazelcastPort) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Djava.io.tmpdir=" + folder.toAbsolutePath(), "-Dmcp.cluster.enabled=true",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--disablephonehome",
                "--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1",
                "--startport", Integer.toString(hazelcastPort),
                "--clustername", name,
                "--prebootcommandfile", System.getProperty("micro.preboot"));
    }

    /** Waits until the node's endpoint answers: a GET without a session gets 400 once the WAR is deployed. */
    private static void awaitServing(Node node) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + "/mcp"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException("A node exited while starting:\n" + tail(node));
            }
            try {
                if (CLIENT.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 400) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException notYet) {
                // the listener is not open yet, or open while the server is still starting
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("A node did not serve within " + START_TIMEOUT + ":\n" + tail(node));
            }
            Thread.sleep(500);
        }
    }

    private static String tail(Node node) throws IOException {
        List<String> lines = Files.readAllLines(node.log());
        return IntStream.range(Math.max(0, lines.size() - 40), lines.size()).mapToObj(lines::get)
                .collect(Collectors.joining("\n"));
    }
}
