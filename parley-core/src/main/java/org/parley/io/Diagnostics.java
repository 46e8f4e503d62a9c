package org.parley.io;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects problems with input records: each is printed at once as one line naming the file and
 * record ({@code parley: news.jsonl:17: not JSON (Unexpected character...)}) and counted by reason
 * for the final summary. Thread-safe.
 */
public final class Diagnostics {
    private final PrintStream err;
    private final Map<String, AtomicLong> counts = new TreeMap<>();
    private long total;

    public Diagnostics(PrintStream err) {
        this.err = err;
    }

    /**
     * Reports one skipped or damaged record.
     *
     * @param where  "file" or "file:line"
     * @param reason short reason key used in the summary ("not JSON", "empty file")
     * @param detail extra detail for the one-line message, or null
     */
    public synchronized void report(String where, String reason, String detail) {
        counts.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
        total++;
        if (err != null) {
            err.println("parley: " + where + ": " + reason + (detail == null || detail.isBlank() ? "" : " (" + oneLine(detail) + ")"));
        }
    }

    /** A warning that does not skip the record. */
    public synchronized void warn(String where, String message) {
        if (err != null) {
            err.println("parley: " + where + ": warning: " + oneLine(message));
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\r\\n]+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }

    public synchronized long total() {
        return total;
    }

    public synchronized Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        counts.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** "3 skipped: 1 empty file, 2 not JSON", or "0 skipped". */
    public synchronized String summary() {
        if (total == 0) {
            return "0 skipped";
        }
        StringBuilder sb = new StringBuilder().append(total).append(" skipped: ");
        boolean first = true;
        for (var e : counts.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            sb.append(e.getValue().get()).append(' ').append(e.getKey());
            first = false;
        }
        return sb.toString();
    }
}
