package org.parley.cli;

import org.parley.io.Diagnostics;
import org.parley.model.Article;
import org.parley.pipeline.Parley;
import org.parley.sources.SourceReader;
import org.parley.store.ArticleIdentity;
import org.parley.store.CodedArticle;
import org.parley.store.CoderFingerprint;
import org.parley.store.Store;
import org.parley.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code parley ingest}: sources in, a deduplicated event store out; resumable and idempotent. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Code news into an embedded DuckDB store of articles, mentions, deduplicated events and actors.",
        "Reads text, JSONL, HTML, RSS/Atom and WARC files (plain, .gz or .bz2), directories, or - for stdin.",
        "Idempotent: articles already stored unchanged are skipped without coding. Crash-safe: each batch commits"
            + " whole; after a kill, run the same command again to finish."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--db", paramLabel = "STORE.duckdb", required = true,
        description = "The store file (created when missing).")
    Path db;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch = 64;

    @Option(names = "--window-days", paramLabel = "D",
        description = "Dedup window of a new store in days: reports of the same type, actors and place dated within D"
            + " days of an event's first date are that event (default: 1).")
    Integer windowDays;

    @Option(names = "--recode", description = "Code every article again, even those stored unchanged.")
    boolean recode;

    @Option(names = "--progress", paramLabel = "MODE",
        description = "auto (a bar on a terminal, plain lines otherwise), bar, plain or none (default: ${DEFAULT-VALUE}).")
    Progress.Mode progressMode = Progress.Mode.AUTO;

    @Option(names = "--progress-every", paramLabel = "SECONDS",
        description = "Interval of plain progress lines (default: ${DEFAULT-VALUE}).")
    double progressEvery = 10;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files, directories, or - for stdin.")
    List<String> inputs;

    private final IngestObserver observer;

    IngestCommand() {
        this(IngestObserver.NONE);
    }

    IngestCommand(IngestObserver observer) {
        this.observer = observer;
    }

    private static final class Counts {
        long read;
        long coded;
        long unchanged;
        long duplicates;
        long failed;
        long mentions;
        long sentences;
        long parsed;
        int batches;
    }

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "--batch must be at least 1");
        }
        long t0 = System.nanoTime();
        PrintStream err = System.err;
        Diagnostics diag = new Diagnostics(err);
        var config = input.config();
        List<Path> dataFiles = new ArrayList<>(config.actorFiles());
        dataFiles.addAll(config.lexiconFiles());
        String coder = CoderFingerprint.of(dataFiles, config.coder().toString());
        Progress progress = new Progress(err, progressMode, SourceReader.totalBytes(inputs), progressEvery);
        Counts n = new Counts();
        Parley[] parley = new Parley[1];
        Map<String, String> seen = new HashMap<>();
        List<CodedArticle> pending = new ArrayList<>();
        try (Store store = Store.open(db, StoreOptions.WRITE.withWindowDays(windowDays))) {
            try (BatchRunner runner = new BatchRunner(input.threads)) {
                SourceReader reader = new SourceReader(diag, input.date, progress::bytes);
                for (String in : inputs) {
                    reader.read(in, System.in, a -> {
                        n.read++;
                        ArticleIdentity id = ArticleIdentity.of(a, coder);
                        String before = seen.put(id.articleId(), id.recordHash());
                        if (id.recordHash().equals(before)) {
                            n.duplicates++;
                            progress.articles++;
                            progress.update();
                            return;
                        }
                        if (before == null && !recode && store.status(id) == Store.Status.UNCHANGED) {
                            n.unchanged++;
                            progress.articles++;
                            progress.update();
                            return;
                        }
                        if (parley[0] == null) {
                            progress.status("loading models");
                            parley[0] = Parley.create(config);
                            progress.status("");
                        }
                        Parley p = parley[0];
                        runner.submit(a, () -> ArticleCoding.codeOne(p, a, diag, false), r -> {
                            progress.articles++;
                            if (r == null) {
                                n.failed++;
                            } else {
                                n.coded++;
                                n.mentions += r.events().size();
                                n.sentences += r.sentences();
                                n.parsed += r.parsed();
                                progress.mentions += r.events().size();
                                pending.add(new CodedArticle(a, id, r.events(), r.sentences(), r.parsed()));
                                if (pending.size() >= batch) {
                                    flush(store, pending, n);
                                }
                            }
                            progress.skipped = diag.total();
                            progress.update();
                        });
                    });
                }
            }
            flush(store, pending, n);
            progress.skipped = diag.total();
            progress.finish();
            summary(err, store, n, diag, (System.nanoTime() - t0) / 1e9);
        }
        boolean anything = n.coded + n.unchanged + n.duplicates > 0;
        return anything ? Main.EXIT_OK : Main.EXIT_NO_INPUT;
    }

    private void flush(Store store, List<CodedArticle> pending, Counts n) {
        if (pending.isEmpty()) {
            return;
        }
        int b = ++n.batches;
        store.write(pending, () -> observer.inTransaction(b));
        observer.committed(b);
        pending.clear();
    }

    private static void summary(PrintStream err, Store store, Counts n, Diagnostics diag, double secs) {
        long done = n.coded + n.unchanged + n.duplicates;
        err.printf(Locale.ROOT, "parley: ingest finished in %s (%.1f articles/s)%n", Progress.duration(secs),
            secs > 0 ? done / secs : 0);
        err.printf(Locale.ROOT, "  read        %,d articles%n", n.read);
        err.printf(Locale.ROOT, "  coded       %,d (%,d sentences, %,d parsed)%n", n.coded, n.sentences, n.parsed);
        err.printf(Locale.ROOT, "  unchanged   %,d (already stored; not coded again)%n", n.unchanged);
        err.printf(Locale.ROOT, "  duplicates  %,d (the same article again in this input)%n", n.duplicates);
        err.printf(Locale.ROOT, "  skipped     %s%n", diag.summary().replaceFirst("^(\\d+) skipped", "$1")
            .replaceFirst("^0$", "0"));
        err.printf(Locale.ROOT, "  mentions    %,d written in %,d batch%s%n", n.mentions, n.batches,
            n.batches == 1 ? "" : "es");
        err.printf(Locale.ROOT, "  store       %s: %,d articles, %,d mentions, %,d events (%,d contested), %,d actors%n",
            store.path(), store.count("articles"), store.count("mentions"), store.count("events"), contested(store),
            store.count("actors"));
    }

    private static long contested(Store store) {
        try (var s = store.connection().createStatement();
             var r = s.executeQuery("SELECT count(*) FROM events WHERE contested")) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }
}
