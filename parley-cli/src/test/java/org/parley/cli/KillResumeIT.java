package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash safety: a child JVM running the real ingest is killed with SIGKILL at several points — inside
 * a batch's transaction before its commit, right after a commit, and at an arbitrary moment — and the
 * same command is run again each time; the store it ends with must equal, table by table and row by
 * row, the store of one uninterrupted run.
 */
class KillResumeIT {
    @TempDir
    Path tmp;

    /** A kill target: the first stdout line equal to {@code point}, or (when null) a delay after start. */
    private record Kill(String point, long afterMillis, long pauseMillis, Long articlesAdded) {
    }

    @Test
    void killedAtAnyPointThenRunAgainGivesTheUninterruptedStore() throws Exception {
        Path corpus = tmp.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>(Corpus.stories());
        for (int i = 0; i < 6; i++) {
            lines.add(Corpus.json("n" + i, "2019-03-0" + (1 + i % 3), i % 2 == 0 ? "Reuters" : "AP", null,
                "Rebels attacked a police post near Aleppo, killing " + (6 + i % 2 * 3) + " officers."
                    + " The army deployed troops to the border on day " + i + "."));
        }
        // the same id twice with different text: the later one wins in every run
        lines.add(Corpus.json("r1", "2019-02-18", "Reuters", "https://reuters.example/r1",
            "The Taliban agreed to a nine-month ceasefire with the Afghan government on Monday, officials said."));
        Files.writeString(corpus, String.join("\n", lines) + "\n");
        String[] args = {"ingest", "--progress", "none", "--batch", "2", "--threads", "2", corpus.toString()};

        Path clean = tmp.resolve("clean.duckdb");
        Cli.Result ref = Cli.run(with(args, clean));
        assertEquals(0, ref.exit(), ref.err());
        List<String> expected = Cli.dump(clean);
        assertTrue(expected.stream().filter(r -> r.startsWith("events:")).count() >= 5, "enough events to compare");

        Path db = tmp.resolve("killed.duckdb");
        List<Kill> kills = List.of(
            // inside the first transaction of a run, on an empty store: it adds nothing
            new Kill("POINT in-txn 1", 0, 3000, 0L),
            // after two batches of two: four articles more
            new Kill("POINT committed 2", 0, 3000, 4L),
            // the first batch of this run committed, the second not: two more
            new Kill("POINT in-txn 2", 0, 3000, 2L),
            // racing the first commit of a run: before, during or after it
            new Kill("POINT in-txn 1", 0, 0, null),
            // wherever the run is after 12 s (model loading, coding or writing), if it has not finished
            new Kill(null, 12_000, 0, null));
        int killed = 0;
        for (Kill k : kills) {
            long before = Files.exists(db) ? Cli.scalar(db, "SELECT count(*) FROM articles") : 0;
            if (runChild(with(args, db), k)) {
                killed++;
                if (k.articlesAdded() != null) {
                    assertEquals(before + k.articlesAdded(), Cli.scalar(db, "SELECT count(*) FROM articles"), k.point());
                }
                if (Files.exists(db)) {
                    assertEquals(Cli.scalar(db, "SELECT coalesce(sum(mentions), 0) FROM articles"),
                        Cli.scalar(db, "SELECT count(*) FROM mentions"), "mentions of stored articles only");
                }
            }
        }
        assertTrue(killed >= 3, "most runs were killed before finishing: " + killed);
        assertEquals(0, runChildToEnd(with(args, db)));
        assertEquals(expected, Cli.dump(db));
        // and once more: nothing changes
        assertEquals(0, runChildToEnd(with(args, db)));
        assertEquals(expected, Cli.dump(db));
    }

    private static String[] with(String[] args, Path db) {
        List<String> l = new ArrayList<>(List.of(args));
        l.add(1, "--db");
        l.add(2, db.toString());
        return l.toArray(new String[0]);
    }

    /** Runs the child until the kill point and kills it; false when it finished first. */
    private static boolean runChild(String[] args, Kill k) throws Exception {
        Process p = start(args, k.point() == null ? "" : k.point().substring("POINT ".length()), k.pauseMillis());
        long t0 = System.nanoTime();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            if (k.point() != null) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals(k.point())) {
                        if (k.pauseMillis() > 0 && k.articlesAdded() != null && k.articlesAdded() == 0) {
                            // while the child holds the store: another process is told, and changes nothing
                            Cli.Result busy = Cli.run("stats", "--db", args[2]);
                            assertEquals(1, busy.exit(), busy.out());
                            assertTrue(busy.err().contains(args[2] + ": cannot open the store")
                                && busy.err().contains("lock"), busy.err());
                        }
                        p.destroyForcibly();
                        killed = true;
                        break;
                    }
                }
            } else {
                killed = !p.waitFor(k.afterMillis(), TimeUnit.MILLISECONDS);
                p.destroyForcibly();
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child ended");
        if (killed && p.exitValue() == 0 && k.pauseMillis() == 0) {
            // the kill raced the child's own end (the last batch committed between the line and the
            // signal): a clean finish, which the store must show just as well
            killed = false;
        } else if (killed) {
            assertEquals(137, p.exitValue(), "SIGKILL");
        }
        System.err.printf("kill at %s: %s after %.1f s%n", k.point() == null ? k.afterMillis() + " ms" : k.point(),
            killed ? "killed" : "finished first", (System.nanoTime() - t0) / 1e9);
        return killed;
    }

    private static int runChildToEnd(String[] args) throws Exception {
        Process p = start(args, "", 0);
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "child ended");
        return p.exitValue();
    }

    private static Process start(String[] args, String pauseAt, long pauseMillis) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        cmd.add("-Xss4m");
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(KillableIngest.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PARLEY_TEST_PAUSE_MS", Long.toString(pauseMillis));
        pb.environment().put("PARLEY_TEST_PAUSE_AT", pauseAt);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    /** This JVM's class path, unpacked from the manifest-only jar Surefire and Failsafe start with. */
    static String classpath() throws IOException {
        String cp = System.getProperty("java.class.path");
        String[] parts = cp.split(File.pathSeparator);
        if (parts.length == 1 && parts[0].endsWith(".jar")) {
            try (JarFile jar = new JarFile(parts[0])) {
                Manifest m = jar.getManifest();
                String entries = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                if (entries != null) {
                    List<String> out = new ArrayList<>();
                    for (String e : entries.trim().split("\\s+")) {
                        out.add(Path.of(URI.create(e).isAbsolute() ? URI.create(e)
                            : Path.of(parts[0]).toAbsolutePath().getParent().toUri().resolve(e)).toString());
                    }
                    return String.join(File.pathSeparator, out);
                }
            }
        }
        return cp;
    }
}
