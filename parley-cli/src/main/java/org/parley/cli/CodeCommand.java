package org.parley.cli;

import org.parley.io.Diagnostics;
import org.parley.io.EventJson;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.pipeline.Parley;
import org.parley.sources.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/** {@code parley code}: articles in, events JSONL out. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles into PLOVER events, one JSON object per event per line on stdout;"
        + " diagnostics and a summary on stderr.")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--explain", description = "Print a readable trace of every sentence (tokens, parse, rules tried) on stderr.")
    boolean explain;

    @Option(names = "--quiet", description = "No summary line on stderr.")
    boolean quiet;

    @Parameters(paramLabel = "FILE", arity = "1..*",
        description = "Plain-text articles, JSONL files (id, text, date, outlet, url, title), directories, or - for stdin.")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        PrintStream err = System.err;
        Diagnostics diag = new Diagnostics(err);
        Parley parley = Parley.create(input.config());
        AtomicLong articles = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        AtomicLong events = new AtomicLong();
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (BatchRunner runner = new BatchRunner(input.threads)) {
            SourceReader reader = new SourceReader(diag, input.date);
            for (String f : files) {
                reader.read(f, System.in, a -> runner.submit(a,
                    () -> ArticleCoding.codeOne(parley, a, diag, explain), r -> {
                    if (r == null) {
                        return;
                    }
                    articles.incrementAndGet();
                    sentences.addAndGet(r.sentences());
                    parsed.addAndGet(r.parsed());
                    events.addAndGet(r.events().size());
                    try {
                        if (explain) {
                            err.println("== article " + a.id());
                            r.trace().forEach(err::println);
                        }
                        for (Event e : r.events()) {
                            out.write(EventJson.toJson(e));
                            out.write('\n');
                        }
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }));
            }
        }
        out.flush();
        double secs = (System.nanoTime() - t0) / 1e9;
        if (!quiet) {
            err.printf(Locale.ROOT, "parley: %d articles, %d sentences (%d parsed), %d events; %s; %.1f s%n",
                articles.get(), sentences.get(), parsed.get(), events.get(), diag.summary(), secs);
        }
        return articles.get() == 0 ? Main.EXIT_NO_INPUT : Main.EXIT_OK;
    }
}
