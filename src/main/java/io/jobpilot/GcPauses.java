package io.jobpilot;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The collector's pauses while a benchmark phase runs, from the JVM's own notifications: how many, their total and
 * the longest. A young collection landing on a query is most of a slow query's time on two cores, so the benchmark
 * reports them beside the latencies instead of leaving them to a GC log.
 */
final class GcPauses implements AutoCloseable {
    /** One pause: when it ended (ms since the JVM started) and how long it took. */
    private record Pause(long endMs, long durationMs) {
    }

    private final List<Pause> pauses = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;

    GcPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        if (info.getGcName().contains("Concurrent") && !info.getGcAction().contains("pause")) {
            return; // a concurrent cycle's own work runs beside the application, not in a pause
        }
        synchronized (pauses) {
            pauses.add(new Pause(info.getGcInfo().getEndTime(), info.getGcInfo().getDuration()));
        }
    }

    /** Milliseconds since the JVM started, on the same clock as the pauses. */
    static long now() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** Count, total and longest of the pauses that ended between {@code fromMs} and {@code toMs} (see {@link #now()}). */
    Map<String, Object> between(long fromMs, long toMs) {
        try {
            Thread.sleep(200); // notifications arrive from a service thread shortly after each pause
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long count = 0;
        long total = 0;
        long longest = 0;
        synchronized (pauses) {
            for (Pause p : pauses) {
                if (p.endMs() >= fromMs && p.endMs() <= toMs) {
                    count++;
                    total += p.durationMs();
                    longest = Math.max(longest, p.durationMs());
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pauses", count);
        out.put("total_ms", total);
        out.put("longest_ms", longest);
        return out;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
