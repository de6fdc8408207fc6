#!/usr/bin/env bash
# The load benchmark over HTTP (README, "Load over HTTP"): builds the load client and the bench
# WAR, then for each N starts Payara Micro on 127.0.0.1, runs the client against it and stops it,
# then does the same with the baseline server (a minimal NIO SSE server from the bench sources,
# no container), then with the official MCP Java SDK's server on embedded Jetty (bench sources
# too); writes bench/results/load-<date>.md and .json, ours beside the baseline and the Java SDK.
#   LOAD_SIZES="1000 5000 10000"  the values of N, one server each
#   LOAD_PORT=18080               the HTTP port on 127.0.0.1
#   LOAD_BASELINE_PORT=18081      the baseline server's port on 127.0.0.1
#   LOAD_SDK_PORT=18482           the Java SDK server's port on 127.0.0.1
#   LOAD_SERVER_OPTS              JVM options of the server (default below)
#   LOAD_BASELINE_OPTS            JVM options of the baseline server (default below)
#   LOAD_SDK_OPTS                 JVM options of the Java SDK server (default below)
#   LOAD_MICRO_OPTS               extra Payara Micro options (default below)
#   MVN_ARGS                      extra Maven arguments for the build, e.g. -o
#   LOAD_CLIENT_ARGS              extra key=value arguments of the load client, e.g. rounds=8
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${LOAD_SIZES:-"1000 5000 10000"}
port=${LOAD_PORT:-18080}
baseline_port=${LOAD_BASELINE_PORT:-18081}
server_opts=${LOAD_SERVER_OPTS:-"-Xms1g -Xmx2g -Djava.security.egd=file:/dev/./urandom"}
baseline_opts=${LOAD_BASELINE_OPTS:-"-Xms1g -Xmx2g -Djava.security.egd=file:/dev/./urandom"}
sdk_port=${LOAD_SDK_PORT:-18482}
# the SDK logs each initialize at INFO: warnings and errors only, as Payara's log is kept quiet
sdk_opts=${LOAD_SDK_OPTS:-"-Xms1g -Xmx2g -Djava.security.egd=file:/dev/./urandom -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"}
micro_opts=${LOAD_MICRO_OPTS:-"--maxhttpthreads 16 --minhttpthreads 16 --postbootcommandfile bench/payara-postboot.asadmin"}
out=target/load
results=bench/results
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

# 10,000 streams are 10,000 sockets on each side, plus the server's own files
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "open files limit: $(ulimit -n)"

mvn -B -q -Pload ${MVN_ARGS:-} package
mkdir -p "$out/tmp" "$results"
rm -f "$out"/run-*.properties
# the first of each: the default, not a profile's
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
sdk_version=$(sed -n 's:.*<mcp-java-sdk.version>\(.*\)</mcp-java-sdk.version>.*:\1:p' pom.xml | head -1)
jetty_version=$(sed -n 's:.*<jetty.version>\(.*\)</jetty.version>.*:\1:p' pom.xml | head -1)

# shellcheck source=bench/servers.sh
. bench/servers.sh

start_server() {
    start_micro "$1" "$port" "$PWD/$out/tmp" "" --nohazelcast
}

start_baseline() {
    local log=$1
    # shellcheck disable=SC2086
    launch "$log" "$java" $baseline_opts -cp "$out/test-classes" org.mcpstreams.bench.load.baseline.BaselineServer \
        "$baseline_port"
    await_server "$baseline_port" 30 "$log" "The baseline server"
}

# the Java SDK's Streamable HTTP servlet transport on embedded Jetty; its jars as the -Pload build listed them
start_sdk() {
    local log=$1
    # shellcheck disable=SC2086
    launch "$log" "$java" $sdk_opts -cp "$out/test-classes:$(cat "$out/sdk-classpath.txt")" \
        org.mcpstreams.bench.load.sdk.SdkServer "$sdk_port"
    await_server "$sdk_port" 60 "$log" "The Java SDK server"
}

# run_client <port> <run name> [key=value…]: the load client against the server started last
run_client() {
    # shellcheck disable=SC2086
    "$java" -Xmx1g -cp "$out/test-classes" org.mcpstreams.bench.load.LoadRun \
        port="$1" pid="$server_pid" n="$n" ${LOAD_CLIENT_ARGS:-} "${@:3}" out="$out/run-$2.properties" \
        histogram="$out/histogram-$2.txt"
}

cut -d' ' -f1-3 /proc/loadavg >"$out/loadavg-start"
echo "load average before the runs: $(cat "$out/loadavg-start")"
for n in $sizes; do
    echo "N=$n: starting Payara Micro"
    start_server "$out/server-$n.log"
    run_client "$port" "$n"
    stop_servers
    echo "N=$n: starting the baseline server"
    start_baseline "$out/baseline-$n.log"
    run_client "$baseline_port" "$n-baseline"
    stop_servers
    echo "N=$n: starting the Java SDK server"
    start_sdk "$out/sdk-$n.log"
    # it sends no priming event: a stream is open once the GET is answered 200
    run_client "$sdk_port" "$n-sdk" opened-by=headers
    stop_servers
done

"$java" -Dbaseline.options="$baseline_opts" -Dsdk.options="$sdk_opts" \
    -Dsdk.versions="MCP Java SDK $sdk_version, Jetty $jetty_version" \
    -cp "$out/test-classes" org.mcpstreams.bench.load.LoadReport \
    "$out" "$results" "$payara_version" "$server_opts $micro_opts" $sizes
