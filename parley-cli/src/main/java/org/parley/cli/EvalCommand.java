package org.parley.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.parley.eval.ActorMatcher;
import org.parley.eval.EvalReport;
import org.parley.eval.GoldItem;
import org.parley.eval.GoldReader;
import org.parley.eval.Scorer;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.pipeline.ArticleResult;
import org.parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/** {@code parley eval}: accuracy against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the coder against a gold JSONL file: precision, recall and F1 for the event type and the"
        + " (type, source, target) triple, per PLOVER type and micro-averaged; modality, location, date and"
        + " speaker accuracy; false alarms; traps; quad-class accuracy for quad-labelled items.")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--errors", description = "List every miss, spurious event and wrong attribute with its evidence and rule.")
    boolean errors;

    @Option(names = "--json", description = "Print the scores as one JSON object instead of a table.")
    boolean json;

    @Parameters(paramLabel = "GOLD", arity = "1", description = "Gold JSONL file.")
    Path gold;

    @Override
    public Integer call() throws IOException {
        List<GoldItem> items = GoldReader.read(gold);
        if (items.isEmpty()) {
            System.err.println("parley: " + gold + ": no gold items");
            return Main.EXIT_NO_INPUT;
        }
        Parley parley = Parley.create(input.config());
        EvalReport report = evaluate(parley, items, input.threads);
        PrintStream out = System.out;
        if (json) {
            writeJson(report, out);
        } else {
            out.print(report.format());
        }
        if (errors) {
            for (EvalReport.Error e : report.errors) {
                out.println();
                out.println("[" + e.item() + "] " + e.kind());
                if (e.gold() != null) {
                    out.println("  gold:      " + e.gold());
                }
                if (e.predicted() != null) {
                    out.println("  predicted: " + e.predicted());
                }
                out.println("  evidence:  " + e.evidence());
                if (e.rule() != null) {
                    out.println("  rule:      " + e.rule());
                }
            }
        }
        return Main.EXIT_OK;
    }

    /** Codes every gold item and scores it; deterministic whatever the thread count. */
    static EvalReport evaluate(Parley parley, List<GoldItem> items, int threads) {
        Map<String, Actor> cache = new ConcurrentHashMap<>();
        Scorer scorer = new Scorer(new ActorMatcher(s -> cache.computeIfAbsent(s, k -> {
            Actor a = parley.resolvePhrase(k, null);
            return a == null ? Actor.simple(k, null, null, null, null) : a;
        })));
        try (BatchRunner runner = new BatchRunner(threads)) {
            for (GoldItem item : items) {
                Article a = new Article(item.id(), null, item.text(), item.date(), item.outlet(), null);
                runner.submit(item, () -> parley.code(a), (ArticleResult r) -> scorer.add(item, r.events()));
            }
        }
        return scorer.report();
    }

    private static void writeJson(EvalReport r, PrintStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("items", r.items);
            g.writeNumberField("typed_items", r.typedItems);
            g.writeNumberField("quad_items", r.quadItems);
            g.writeNumberField("predicted_events", r.predictedEvents);
            counts(g, "type", r.type);
            counts(g, "triple", r.triple);
            g.writeObjectFieldStart("per_type");
            for (String t : r.typeByType.keySet()) {
                g.writeObjectFieldStart(t);
                counts(g, "type", r.typeByType.get(t));
                counts(g, "triple", r.tripleByType.getOrDefault(t, new EvalReport.Counts()));
                g.writeEndObject();
            }
            g.writeEndObject();
            ratio(g, "modality", r.modality);
            ratio(g, "location", r.location);
            ratio(g, "date", r.date);
            ratio(g, "speaker", r.speaker);
            ratio(g, "false_alarm_rate", r.falseAlarms);
            ratio(g, "trap_violations", r.trapViolations);
            ratio(g, "quad_class", r.quadClass);
            g.writeEndObject();
        }
        out.println();
    }

    private static void counts(JsonGenerator g, String name, EvalReport.Counts c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("precision", round(c.precision()));
        g.writeNumberField("recall", round(c.recall()));
        g.writeNumberField("f1", round(c.f1()));
        g.writeNumberField("tp", c.tp);
        g.writeNumberField("fp", c.fp);
        g.writeNumberField("fn", c.fn);
        g.writeEndObject();
    }

    private static void ratio(JsonGenerator g, String name, EvalReport.Ratio r) throws IOException {
        g.writeObjectFieldStart(name);
        if (r.total == 0) {
            g.writeNullField("value");
        } else {
            g.writeNumberField("value", round(r.value()));
        }
        g.writeNumberField("count", r.correct);
        g.writeNumberField("total", r.total);
        g.writeEndObject();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
