#!/usr/bin/env bash
# The cluster benchmark (docs/benchmarks.md, "Cluster"): builds the load client and the bench WAR as
# bench/load.sh does, then for each N runs the same load client against Payara Micro on 127.0.0.1
# three ways: one node as load.sh starts ours (cluster off, --nohazelcast); one node with
# mcp.cluster.enabled=true and its data grid on, alone in its cluster (the grid's writes have no
# member to back up to); two clustered nodes, each session initialized on one node and its GET
# stream on the other, the broadcasts asked of the second node (so half of the events are routed to
# the other node). Then times one replay-map append on embedded Hazelcast members (one, then two:
# one synchronous backup) against a ConcurrentHashMap; writes bench/results/cluster-<date>.md and .json.
#   CLUSTER_SIZES="1000 5000"          the values of N
#   CLUSTER_SETUPS="single member pair" which of the three ways to run (member: the one-node cluster)
#   CLUSTER_PORTS="18690 18691"        the HTTP ports of the nodes on 127.0.0.1
#   CLUSTER_HZ_PORTS="59710 59711"     the nodes' Hazelcast ports on 127.0.0.1
#   CLUSTER_BACKUP_PORTS="59720,59721" the Hazelcast ports of the replay-map benchmark's members
#   CLUSTER_BACKUP_ARGS                extra key=value arguments of the replay-map benchmark, e.g. runs=9
#   LOAD_SERVER_OPTS                   JVM options of each node (default below, as load.sh's)
#   LOAD_MICRO_OPTS                    extra Payara Micro options (default below, as load.sh's)
#   MVN_ARGS                           extra Maven arguments for the build, e.g. -o
#   LOAD_CLIENT_ARGS                   extra key=value arguments of the load client, e.g. rounds=8
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${CLUSTER_SIZES:-"1000 5000"}
setups=${CLUSTER_SETUPS:-"single member pair"}
read -r -a ports <<<"${CLUSTER_PORTS:-18690 18691}"
read -r -a hz_ports <<<"${CLUSTER_HZ_PORTS:-59710 59711}"
backup_ports=${CLUSTER_BACKUP_PORTS:-59720,59721}
server_opts=${LOAD_SERVER_OPTS:-"-Xms1g -Xmx2g -Djava.security.egd=file:/dev/./urandom"}
micro_opts=${LOAD_MICRO_OPTS:-"--maxhttpthreads 16 --minhttpthreads 16 --postbootcommandfile bench/payara-postboot.asadmin"}
# what Hazelcast asks for to reach the JDK's internals, as Payara Micro's own launcher grants them
hz_opens="--add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
--add-opens java.management/sun.management=ALL-UNNAMED --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED"
out=target/load
runs=$out/cluster
results=bench/results
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cluster_name=mcp-streams-bench-$$

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "open files limit: $(ulimit -n)"

mvn -B -q -Pload ${MVN_ARGS:-} package
mkdir -p "$runs" "$results"
rm -f "$runs"/run-*.properties "$runs"/backup.properties
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
hazelcast_version=$(sed -n 's:.*<hazelcast.version>\(.*\)</hazelcast.version>.*:\1:p' pom.xml | head -1)

# shellcheck source=bench/servers.sh
. bench/servers.sh

# start_node <index> <log> <member ports, comma separated>: node <index> with cluster mode on, its grid's
# members on loopback only (TCP/IP, never multicast)
start_node() {
    local members
    members=$(sed 's/[0-9][0-9]*/127.0.0.1:&/g' <<<"$3")
    start_micro "$2" "${ports[$1]}" "$PWD/$runs/tmp-$1" "-Dmcp.cluster.enabled=true" \
        --clustermode "tcpip:$members" --interfaces 127.0.0.1 --startport "${hz_ports[$1]}" \
        --clustername "$cluster_name"
}

# await_members <log> <size>: until the node's log says its data grid has <size> members
await_members() {
    for _ in $(seq 1 120); do
        grep -q "DG Size: $2" "$1" && return 0
        sleep 1
    done
    echo "the data grid did not reach $2 members, see $1"
    exit 1
}

# run_client <setup> [key=value…]: the load client against the servers started, N sessions
run_client() {
    local setup=$1
    shift
    local pids
    pids=$(IFS=,; echo "${server_pids[*]}")
    # shellcheck disable=SC2086
    "$java" -Xmx1g -cp "$out/test-classes" org.mcpstreams.bench.load.LoadRun \
        pid="$pids" n="$n" ${LOAD_CLIENT_ARGS:-} "$@" out="$runs/run-$n-$setup.properties"
}

cut -d' ' -f1-3 /proc/loadavg >"$runs/loadavg-start"
echo "load average before the runs: $(cat "$runs/loadavg-start")"
for n in $sizes; do
    for setup in $setups; do
        case $setup in
            single)
                echo "N=$n: one node, cluster off"
                start_micro "$runs/single-$n.log" "${ports[0]}" "$PWD/$runs/tmp-0" "" --nohazelcast
                run_client single port="${ports[0]}" ;;
            member)
                echo "N=$n: one node, cluster on, alone in its cluster"
                start_node 0 "$runs/member-$n.log" "${hz_ports[0]}"
                await_members "$runs/member-$n.log" 1
                run_client member port="${ports[0]}" ;;
            pair)
                echo "N=$n: two clustered nodes"
                start_node 0 "$runs/pair-$n-0.log" "${hz_ports[0]},${hz_ports[1]}"
                start_node 1 "$runs/pair-$n-1.log" "${hz_ports[0]},${hz_ports[1]}"
                await_members "$runs/pair-$n-0.log" 2
                await_members "$runs/pair-$n-1.log" 2
                run_client pair ports="${ports[0]},${ports[1]}" ;;
            *)
                echo "unknown setup $setup (single, member or pair)"
                exit 1 ;;
        esac
        stop_servers
    done
done

echo "the replay map's append, one then two embedded Hazelcast members"
# shellcheck disable=SC2086
"$java" -Xms1g -Xmx1g $hz_opens -cp "$out/test-classes:$out/classes:$(cat "$out/hazelcast-classpath.txt")" \
    org.mcpstreams.cluster.ReplicaAppendRun ports="$backup_ports" cluster="$cluster_name-grid" \
    ${CLUSTER_BACKUP_ARGS:-} out="$runs/backup.properties"

command="CLUSTER_SIZES=\"$sizes\" CLUSTER_SETUPS=\"$setups\"${LOAD_CLIENT_ARGS:+ LOAD_CLIENT_ARGS=\"$LOAD_CLIENT_ARGS\"}"
command+="${CLUSTER_BACKUP_ARGS:+ CLUSTER_BACKUP_ARGS=\"$CLUSTER_BACKUP_ARGS\"} bash bench/cluster.sh"
"$java" -cp "$out/test-classes" org.mcpstreams.bench.load.ClusterReport \
    "$runs" "$results" "Payara Micro $payara_version, Hazelcast $hazelcast_version" "$server_opts $micro_opts" \
    "$setups" "$command" $sizes
