# Starting and stopping the servers a benchmark measures, by process id; sourced by bench/load.sh and
# bench/cluster.sh, which set before sourcing it:
#   java         the java command
#   out          the -Pload build folder (target/load): the bench WAR and payara-micro.jar
#   server_opts  JVM options of Payara Micro
#   micro_opts   extra Payara Micro options
# Every server started is stopped on exit (trap on EXIT), the last started first.

server_pid=
server_pids=()

# stop_servers: stops every server started, the last first, and waits for each to end
stop_servers() {
    local i pid
    for ((i = ${#server_pids[@]} - 1; i >= 0; i--)); do
        pid=${server_pids[i]}
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid"
            wait "$pid" 2>/dev/null || true
        fi
    done
    server_pids=()
    server_pid=
}
trap stop_servers EXIT

# launch <log> <command…>: starts a server in the background, its output to <log>; its pid in server_pid
launch() {
    local log=$1
    shift
    "$@" >"$log" 2>&1 &
    server_pid=$!
    server_pids+=("$server_pid")
}

# await_server <port> <seconds> <log> <name>: until the server started last answers /bench/stats
await_server() {
    for _ in $(seq 1 "$2"); do
        if curl -sf "http://127.0.0.1:$1/bench/stats" >/dev/null 2>&1; then
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || { echo "$4 exited, see $3"; exit 1; }
        sleep 1
    done
    echo "$4 did not answer within $2 s, see $3"
    exit 1
}

# start_micro <log> <port> <tmpdir> <JVM options> [Payara Micro options…]: the bench WAR on Payara Micro
# at / on 127.0.0.1:<port>, never calling home, its temporary files in <tmpdir>; waits until it serves
start_micro() {
    local log=$1 port=$2 tmpdir=$3 jvm_opts=$4
    shift 4
    mkdir -p "$tmpdir"
    # shellcheck disable=SC2086
    launch "$log" "$java" $server_opts $jvm_opts -Djava.io.tmpdir="$tmpdir" -jar "$out/payara-micro.jar" \
        --deploy "$out/mcp-streams-bench.war" --contextroot / --port "$port" \
        --disablephonehome --prebootcommandfile src/main/payara/preboot.asadmin $micro_opts "$@"
    await_server "$port" 180 "$log" "Payara Micro"
}
