package io.jobpilot;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GcPausesTest {
    @Test
    void countsThePausesOfAPhaseAndNoneOutsideIt() {
        System.gc(); // an empty young generation: nothing collects during the quiet window below
        try (GcPauses gc = new GcPauses()) {
            // the collection just before (its notice may arrive after the listener is added) ended before the window
            long before = GcPauses.now();
            assertThat(gc.between(before, GcPauses.now())).containsEntry("pauses", 0L);
            long from = GcPauses.now();
            List<byte[]> garbage = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                garbage.add(new byte[1 << 20]);
                if (garbage.size() > 20) {
                    garbage.clear();
                }
            }
            System.gc();
            long to = GcPauses.now();
            Map<String, Object> phase = gc.between(from, to);
            for (int wait = 0; wait < 25 && (long) phase.get("pauses") == 0; wait++) {
                phase = gc.between(from, to); // a loaded machine may deliver the notice late
            }
            assertThat((long) phase.get("pauses")).isPositive();
            assertThat((long) phase.get("total_ms")).isGreaterThanOrEqualTo((long) phase.get("longest_ms"));
        }
    }
}
