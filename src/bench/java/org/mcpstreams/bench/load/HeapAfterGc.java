package org.mcpstreams.bench.load;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The server's heap right after a full collection, read from the collection itself through the
 * server's management beans (a local attach; its connector listens on the loopback interface
 * only). {@code jcmd GC.heap_info} after {@code GC.run} counts what a busy server allocated in the
 * second between the two commands as well: tens of MB while the soak churns.
 */
final class HeapAfterGc implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<GarbageCollectorMXBean> collectors;
    /** A collection reports every pool, metaspace and code cache too: only these are the heap. */
    private final Set<String> heapPools;

    HeapAfterGc(long pid) throws IOException {
        String address;
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to process " + pid, e);
        }
        this.connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        MBeanServerConnection server = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        this.collectors = ManagementFactory.getPlatformMXBeans(server, GarbageCollectorMXBean.class);
        this.heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    }

    /** Forces two full collections and returns the heap in use right after the second, in kB. */
    long kb() {
        memory.gc();
        memory.gc();
        GcInfo last = collectors.stream().map(GarbageCollectorMXBean::getLastGcInfo).filter(Objects::nonNull)
                .max(Comparator.comparingLong(GcInfo::getEndTime))
                .orElseThrow(() -> new IllegalStateException("the server reports no collection"));
        return last.getMemoryUsageAfterGc().entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .map(pool -> pool.getValue()).mapToLong(MemoryUsage::getUsed).sum() / 1024;
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
