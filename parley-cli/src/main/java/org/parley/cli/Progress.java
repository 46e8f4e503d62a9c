package org.parley.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on stderr: a bar redrawn in place with rate and ETA when stderr is a
 * terminal, plain lines every few seconds when it is not (logs, CI), or nothing. ETA comes from the
 * input bytes consumed, so it needs no counting pass over the input. Call from one thread.
 */
final class Progress {
    /** How progress is shown. */
    enum Mode {
        /** A bar on a terminal, plain lines otherwise. */
        AUTO,
        /** Always the bar. */
        BAR,
        /** Always plain lines. */
        PLAIN,
        /** Nothing. */
        NONE
    }

    private final PrintStream err;
    private final Mode mode;
    private final long totalBytes;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private long bytes;
    private long lastDraw;
    private boolean drawn;
    private String status = "";

    long articles;
    long mentions;
    long skipped;

    /**
     * @param totalBytes input size in bytes, 0 when unknown (stdin)
     * @param everySeconds interval of plain lines
     */
    Progress(PrintStream err, Mode mode, long totalBytes, double everySeconds) {
        this.err = err;
        this.mode = mode == Mode.AUTO ? (isTerminal() ? Mode.BAR : Mode.PLAIN) : mode;
        this.totalBytes = totalBytes;
        this.everyNanos = (long) (everySeconds * 1e9);
        this.lastDraw = start;
    }

    private static boolean isTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.equals("dumb");
    }

    void bytes(long n) {
        bytes += n;
    }

    /** A short word on what is happening ("loading models"), shown until the next one. */
    void status(String s) {
        status = s;
        if (mode == Mode.BAR || mode == Mode.PLAIN && !s.isEmpty()) {
            update(true);
        }
    }

    /** Redraws if it is time. */
    void update() {
        update(false);
    }

    private void update(boolean force) {
        if (mode == Mode.NONE) {
            return;
        }
        long now = System.nanoTime();
        long interval = mode == Mode.BAR ? 200_000_000L : everyNanos;
        if (!force && now - lastDraw < interval) {
            return;
        }
        lastDraw = now;
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? articles / secs : 0;
        String pct = "";
        String eta = "";
        if (totalBytes > 0) {
            double f = Math.min(1.0, bytes / (double) totalBytes);
            pct = String.format(Locale.ROOT, "%3.0f%%", f * 100);
            if (f > 0.001 && f < 1 && articles > 0) {
                eta = "ETA " + duration(secs / f - secs);
            }
        }
        if (mode == Mode.BAR) {
            int width = 24;
            String bar = "";
            if (totalBytes > 0) {
                int filled = (int) Math.round(width * Math.min(1.0, bytes / (double) totalBytes));
                bar = "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] ";
            }
            err.print(String.format(Locale.ROOT, "\r\033[K%s%s  %,d articles  %.1f/s  %s  %,d mentions  %,d skipped  %s",
                bar, pct, articles, rate, eta, mentions, skipped, status).stripTrailing());
            err.flush();
            drawn = true;
        } else {
            err.println(String.format(Locale.ROOT, "parley: ingest: %s%s%,d articles, %.1f articles/s, %,d mentions, %,d skipped%s%s",
                pct, pct.isEmpty() ? "" : ", ", articles, rate, mentions, skipped, eta.isEmpty() ? "" : ", " + eta,
                status.isEmpty() ? "" : " (" + status + ")").replace("  ", " "));
        }
    }

    /** Ends the bar's line so that what follows starts on a fresh one. */
    void finish() {
        if (mode == Mode.BAR && drawn) {
            status = "";
            update(true);
            err.println();
        }
    }

    static String duration(double secs) {
        long s = Math.round(secs);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", s % 3600 / 60) + "m";
    }
}
