package io.jobpilot;

import java.util.function.BiConsumer;

/** Progress on standard error for long runs; short runs print nothing. */
final class Progress {
    private static final int MIN_TOTAL = 500;

    private Progress() {
    }

    static void note(String text) {
        System.err.println(text);
    }

    /** A bar that redraws in place on a terminal and prints every 10% otherwise (logs, CI). */
    static BiConsumer<Integer, Integer> bar(String label) {
        boolean console = System.console() != null;
        int[] lastTenth = {-1};
        long start = System.nanoTime();
        return (done, total) -> {
            if (total < MIN_TOTAL) {
                return;
            }
            int tenth = (int) (10L * done / total);
            if (!console && tenth == lastTenth[0]) {
                return;
            }
            lastTenth[0] = tenth;
            int width = 30;
            int filled = (int) ((long) width * done / total);
            double secs = (System.nanoTime() - start) / 1e9;
            String line = String.format("%s [%s%s] %d/%d  %.0f/s", label, "#".repeat(filled), ".".repeat(width - filled),
                    done, total, secs > 0 ? done / secs : 0);
            System.err.print(console ? "\r" + line + (done.equals(total) ? "\n" : "") : line + "\n");
        };
    }
}
