package org.parley.cli;

import org.parley.io.Diagnostics;
import org.parley.model.Article;
import org.parley.nlp.corenlp.CoreNlpBaseline;
import org.parley.pipeline.ArticleResult;
import org.parley.pipeline.Parley;
import org.parley.sources.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@code parley bench}: throughput, latency and memory of the coder on a corpus, and optionally of
 * CoreNLP's stock pipeline on the same articles. Prints a report; measures, never asserts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure articles/s, sentences/s, share of sentences parsed, p50/p99 time per article,"
        + " model load time and peak memory on a corpus (JSONL or text files); with --baseline, also CoreNLP's"
        + " full pipeline (same annotators, every sentence) on the same articles, and the speed ratio.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--limit", paramLabel = "N", description = "Use at most N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles coded first and not timed (default: 50).")
    int warmup = 50;

    @Option(names = "--baseline", description = "Also run CoreNLP's full pipeline (tokenize, ssplit, pos, lemma,"
        + " ner, depparse on every sentence, same models) on the same articles and print the ratio.")
    boolean baseline;

    @Option(names = "--baseline-limit", paramLabel = "N", description = "Run the baseline on the first N of the"
        + " articles only (default: all of them); Parley is then also timed on those N for the ratio.")
    int baselineLimit = Integer.MAX_VALUE;

    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Corpus files or directories.")
    List<String> corpus;

    /** What one timed run measured. */
    private record Run(int articles, long sentences, long parsed, long events, double secs, double cpuSecs,
                       long[] nanos) {
        double articlesPerSec() {
            return articles / secs;
        }

        double percentileMs(double q) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(sorted.length * q) - 1))] / 1e6;
        }
    }

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
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();
        Parley parley = Parley.create(input.config());
        double loadSecs = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
            parley.code(articles.get(i));
        }
        Run run = time(articles, a -> {
            ArticleResult r = parley.code(a);
            return new long[] {r.sentences(), r.parsed(), r.events().size()};
        });
        String rssParley = peakRss();
        PrintfOut out = new PrintfOut();
        out.line("corpus            %s (%d articles)", String.join(" ", corpus), articles.size());
        out.line("threads           %d", input.threads);
        out.line("engine            %s", parley.nlp().describe());
        out.line("model load        %.1f s", loadSecs);
        out.line("articles/s        %.1f", run.articlesPerSec());
        out.line("sentences/s       %.1f", run.sentences() / run.secs());
        out.line("parsed share      %.1f%% (%d of %d sentences)", 100.0 * run.parsed() / Math.max(1, run.sentences()),
            run.parsed(), run.sentences());
        out.line("per article p50   %.1f ms", run.percentileMs(0.5));
        out.line("per article p99   %.1f ms", run.percentileMs(0.99));
        out.line("CPU per article   %.1f ms (%.1f articles per CPU-second)", 1000 * run.cpuSecs() / run.articles(),
            run.articles() / Math.max(1e-9, run.cpuSecs()));
        out.line("events            %d (%.1f per 100 articles)", run.events(), 100.0 * run.events() / run.articles());
        out.line("peak RSS          %s", rssParley);
        out.line("wall time         %.1f s", run.secs());
        if (baseline) {
            List<Article> sample = articles.subList(0, Math.min(baselineLimit, articles.size()));
            Run same = run;
            if (sample.size() < articles.size()) {
                same = time(sample, a -> {
                    ArticleResult r = parley.code(a);
                    return new long[] {r.sentences(), r.parsed(), r.events().size()};
                });
            }
            long b0 = System.nanoTime();
            CoreNlpBaseline stock = new CoreNlpBaseline(input.config().nlp());
            double baseLoad = (System.nanoTime() - b0) / 1e9;
            for (int i = 0; i < Math.min(Math.min(warmup, 10), sample.size()); i++) {
                stock.annotate(sample.get(i).text());
            }
            Run base = time(sample, a -> new long[] {stock.annotate(a.text()), 0, 0});
            out.line("baseline          CoreNLP %s full pipeline tokenize,ssplit,pos,lemma,ner,depparse on every"
                + " sentence, same models, same %d threads", "4.5.10", input.threads);
            out.line("baseline articles %d%s", sample.size(), sample.size() < articles.size()
                ? String.format(Locale.ROOT, " (the first %d; Parley on the same: %.1f articles/s)", sample.size(),
                    same.articlesPerSec()) : "");
            out.line("baseline load     %.1f s", baseLoad);
            out.line("baseline art/s    %.2f", base.articlesPerSec());
            out.line("baseline sent/s   %.1f", base.sentences() / base.secs());
            out.line("baseline p50/p99  %.1f / %.1f ms", base.percentileMs(0.5), base.percentileMs(0.99));
            out.line("baseline CPU/art  %.1f ms", 1000 * base.cpuSecs() / base.articles());
            out.line("speed-up          %.1fx (Parley articles/s over baseline articles/s, same articles)",
                same.articlesPerSec() / base.articlesPerSec());
            out.line("peak RSS (both)   %s", peakRss());
        }
        out.line("load average      %s before, %s after (other work on the machine slows every figure)",
            loadBefore, loadAverage());
        return Main.EXIT_OK;
    }

    /** Times {@code work} over the articles on the configured threads; work returns {sentences, parsed, events}. */
    private Run time(List<Article> articles, Function<Article, long[]> work) {
        long[] nanos = new long[articles.size()];
        AtomicLong sentences = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        AtomicLong events = new AtomicLong();
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        try (BatchRunner runner = new BatchRunner(input.threads)) {
            for (int i = 0; i < articles.size(); i++) {
                final int k = i;
                Article a = articles.get(i);
                runner.submit(a, () -> {
                    long s = System.nanoTime();
                    long[] r = work.apply(a);
                    nanos[k] = System.nanoTime() - s;
                    return r;
                }, r -> {
                    sentences.addAndGet(r[0]);
                    parsed.addAndGet(r[1]);
                    events.addAndGet(r[2]);
                });
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpuSecs = (processCpuNanos() - cpu0) / 1e9;
        return new Run(articles.size(), sentences.get(), parsed.get(), events.get(), secs, cpuSecs, nanos);
    }

    /** CPU time of this process (all threads, JIT and GC included), or 0 when the JVM does not tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The 1-minute load average, or "?" where /proc is missing. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
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

    /** Report lines to stdout, in the root locale. */
    private static final class PrintfOut {
        void line(String format, Object... args) {
            System.out.printf(Locale.ROOT, format + "%n", args);
        }
    }
}
