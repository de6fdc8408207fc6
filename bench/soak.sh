#!/usr/bin/env bash
# The soak benchmark (docs/benchmarks.md, "Soak"): builds the soak client and the bench WAR, starts
# Payara Micro on 127.0.0.1, keeps SOAK_STREAMS sessions with a GET stream each while it churns
# them (connections cut and resumed with Last-Event-ID, sessions ended with DELETE and replaced)
# and broadcasts, for SOAK_MINUTES minutes, sampling the server's heap after GC every minute; then
# stops the server and writes bench/results/soak-<date>.md and .json.
#   SOAK_STREAMS=10000     sessions, one GET stream each
#   SOAK_MINUTES=10        minutes of churn
#   SOAK_PORT=18380        the HTTP port on 127.0.0.1
#   SOAK_SERVER_OPTS       JVM options of the server (default below)
#   SOAK_MICRO_OPTS        extra Payara Micro options (default below)
#   SOAK_CLIENT_ARGS       extra key=value arguments of the soak client, e.g. drops-per-minute=0.5
#                          (SoakSettings lists them)
#   MVN_ARGS               extra Maven arguments for the build, e.g. -o
set -euo pipefail
cd "$(dirname "$0")/.."

streams=${SOAK_STREAMS:-10000}
minutes=${SOAK_MINUTES:-10}
port=${SOAK_PORT:-18380}
# the replay buffers hold 50 events, so that each fills in the first minute of broadcasts (2 a
# second): heap that still grows after it is not a buffer filling
server_opts=${SOAK_SERVER_OPTS:-"-Xms1g -Xmx2g -Djava.security.egd=file:/dev/./urandom -Dmcp.streams.delivery-threads=2 -Dmcp.streams.buffer.max-events=50"}
micro_opts=${SOAK_MICRO_OPTS:-"--maxhttpthreads 16 --minhttpthreads 16 --postbootcommandfile bench/payara-postboot.asadmin"}
build=target/load
out=target/soak
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command="SOAK_STREAMS=$streams SOAK_MINUTES=$minutes${SOAK_CLIENT_ARGS:+ SOAK_CLIENT_ARGS=\"$SOAK_CLIENT_ARGS\"} bash bench/soak.sh"

# 10,000 streams are 10,000 sockets on each side, plus the server's own files
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "open files limit: $(ulimit -n)"

mvn -B -q -Pload ${MVN_ARGS:-} package
mkdir -p "$out/tmp"
rm -f "$out"/histogram-*.txt
# the first payara.version is the default profile's (Payara Micro 6); the payara7 profile has its own
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)

server_pid=
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=
}
trap stop_server EXIT

loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average before the server starts: $loadavg_start"
# shellcheck disable=SC2086
"$java" $server_opts -Djava.io.tmpdir="$PWD/$out/tmp" -Xlog:gc:file="$out/gc.log" -jar "$build/payara-micro.jar" \
    --deploy "$build/mcp-streams-bench.war" --contextroot / --port "$port" \
    --disablephonehome --nohazelcast --prebootcommandfile src/main/payara/preboot.asadmin \
    $micro_opts >"$out/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/bench/stats" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "Payara Micro exited, see $out/server.log"; exit 1; }
    sleep 1
done
curl -sf "http://127.0.0.1:$port/bench/stats" >/dev/null || { echo "Payara Micro did not answer, see $out/server.log"; exit 1; }

# shellcheck disable=SC2086
"$java" -Xmx1g -cp "$build/test-classes" org.mcpstreams.bench.load.SoakRun \
    port="$port" pid="$server_pid" streams="$streams" minutes="$minutes" out="$out" results=bench/results \
    payara="$payara_version" server-options="$server_opts $micro_opts" command="$command" \
    loadavg-start="$loadavg_start" ${SOAK_CLIENT_ARGS:-}
