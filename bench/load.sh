#!/usr/bin/env bash
# The load benchmark over HTTP (README, "Load over HTTP"): builds the load client and the bench
# WAR, then for each N starts Payara Micro on 127.0.0.1, runs the client against it and stops it;
# writes bench/results/load-<date>.md and .json.
#   LOAD_SIZES="1000 5000 10000"  the values of N, one server each
#   LOAD_PORT=18080               the HTTP port on 127.0.0.1
#   LOAD_SERVER_OPTS              JVM options of the server (default below)
#   LOAD_MICRO_OPTS               extra Payara Micro options (default below)
#   MVN_ARGS                      extra Maven arguments for the build, e.g. -o
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${LOAD_SIZES:-"1000 5000 10000"}
port=${LOAD_PORT:-18080}
server_opts=${LOAD_SERVER_OPTS:-"-Xms1g -Xmx2g -Djava.security.egd=file:/dev/./urandom -Dmcp.streams.delivery-threads=2"}
micro_opts=${LOAD_MICRO_OPTS:-"--maxhttpthreads 16 --minhttpthreads 16 --postbootcommandfile bench/payara-postboot.asadmin"}
out=target/load
results=bench/results
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

# 10,000 streams are 10,000 sockets on each side, plus the server's own files
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "open files limit: $(ulimit -n)"

mvn -B -q -Pload ${MVN_ARGS:-} package
mkdir -p "$out/tmp" "$results"
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)

server_pid=
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=
}
trap stop_server EXIT

start_server() {
    local log=$1
    # shellcheck disable=SC2086
    "$java" $server_opts -Djava.io.tmpdir="$PWD/$out/tmp" -jar "$out/payara-micro.jar" \
        --deploy "$out/mcp-streams-bench.war" --contextroot / --port "$port" \
        --disablephonehome --nohazelcast --prebootcommandfile src/main/payara/preboot.asadmin \
        $micro_opts >"$log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 180); do
        if curl -sf "http://127.0.0.1:$port/bench/stats" >/dev/null 2>&1; then
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || { echo "Payara Micro exited, see $log"; exit 1; }
        sleep 1
    done
    echo "Payara Micro did not deploy within 180 s, see $log"
    exit 1
}

for n in $sizes; do
    echo "N=$n: starting Payara Micro"
    start_server "$out/server-$n.log"
    "$java" -Xmx1g -cp "$out/test-classes" org.mcpstreams.bench.load.LoadRun \
        port="$port" pid="$server_pid" n="$n" out="$out/run-$n.properties" histogram="$out/histogram-$n.txt"
    stop_server
done

"$java" -cp "$out/test-classes" org.mcpstreams.bench.load.LoadReport "$out" "$results" "$payara_version" \
    "$server_opts $micro_opts" $sizes
