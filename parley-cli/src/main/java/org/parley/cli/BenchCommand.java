package org.parley.cli;

import org.parley.io.Diagnostics;
import org.parley.model.Article;
import org.parley.pipeline.ArticleResult;
import org.parley.pipeline.Parley;
import org.parley.sources.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/** {@code parley bench}: throughput, latency and memory of the coder on a corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure articles/s, sentences/s, share of sentences parsed, p50/p99 time per article,"
        + " model load time and peak memory on a corpus (JSONL or text files).")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--limit", paramLabel = "N", description = "Use at most N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles coded first and not timed (default: 50).")
    int warmup = 50;

    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Corpus files or directories.")
    List<String> corpus;

    @Override
    public Integer call() {
        Diagnostics diag = new Diagnostics(System.err);
        List<Article> articles = new ArrayList<>();
        SourceReader reader = new SourceReader(diag, input.date);
        for (String c : corpus) {
            reader.read(c, System.in, a -> {
                if (articles.size() < limit) {
                    articles.add(a);
                }
            });
        }
        if (articles.isEmpty()) {
            System.err.println("parley: bench: no articles read");
            return Main.EXIT_NO_INPUT;
        }
        long t0 = System.nanoTime();
        Parley parley = Parley.create(input.config());
        double loadSecs = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
            parley.code(articles.get(i));
        }
        long[] nanos = new long[articles.size()];
        AtomicLong sentences = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        AtomicLong events = new AtomicLong();
        long start = System.nanoTime();
        try (BatchRunner runner = new BatchRunner(input.threads)) {
            for (int i = 0; i < articles.size(); i++) {
                final int k = i;
                Article a = articles.get(i);
                runner.submit(a, () -> {
                    long s = System.nanoTime();
                    ArticleResult r = parley.code(a);
                    nanos[k] = System.nanoTime() - s;
                    return r;
                }, r -> {
                    sentences.addAndGet(r.sentences());
                    parsed.addAndGet(r.parsed());
                    events.addAndGet(r.events().size());
                });
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "corpus            %s (%d articles)%n", String.join(" ", corpus), articles.size());
        System.out.printf(Locale.ROOT, "threads           %d%n", input.threads);
        System.out.printf(Locale.ROOT, "model load        %.1f s%n", loadSecs);
        System.out.printf(Locale.ROOT, "articles/s        %.1f%n", articles.size() / secs);
        System.out.printf(Locale.ROOT, "sentences/s       %.1f%n", sentences.get() / secs);
        System.out.printf(Locale.ROOT, "parsed share      %.1f%% (%d of %d sentences)%n",
            100.0 * parsed.get() / Math.max(1, sentences.get()), parsed.get(), sentences.get());
        System.out.printf(Locale.ROOT, "per article p50   %.1f ms%n", sorted[sorted.length / 2] / 1e6);
        System.out.printf(Locale.ROOT, "per article p99   %.1f ms%n",
            sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
        System.out.printf(Locale.ROOT, "events            %d (%.1f per 100 articles)%n", events.get(),
            100.0 * events.get() / articles.size());
        System.out.printf(Locale.ROOT, "peak RSS          %s%n", peakRss());
        System.out.printf(Locale.ROOT, "wall time         %.1f s%n", secs);
        return Main.EXIT_OK;
    }

    /** VmHWM from /proc/self/status, the resident-set high-water mark. */
    static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }
}
