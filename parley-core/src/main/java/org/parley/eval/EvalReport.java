package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Scores of one evaluation run, and the errors behind them. Mutable while scoring, then read. */
public final class EvalReport {
    /** True positives, false positives and false negatives. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A correct / total tally. */
    public static final class Ratio {
        public int correct;
        public int total;

        public double value() {
            return total == 0 ? Double.NaN : (double) correct / total;
        }
    }

    /** One miss or spurious event, for {@code --errors}. */
    public record Error(String item, String kind, String gold, String predicted, String evidence, String rule) { }

    public final Map<String, Counts> typeByType = new TreeMap<>();
    public final Map<String, Counts> tripleByType = new TreeMap<>();
    public final Counts type = new Counts();
    public final Counts triple = new Counts();
    public final Ratio modality = new Ratio();
    public final Ratio location = new Ratio();
    public final Ratio date = new Ratio();
    public final Ratio speaker = new Ratio();
    public final Ratio falseAlarms = new Ratio();
    public final Ratio trapViolations = new Ratio();
    public final Ratio quadClass = new Ratio();
    public final int[][] quadConfusion = new int[5][5];
    public final List<Error> errors = new ArrayList<>();
    public int items;
    public int typedItems;
    public int quadItems;
    public int predictedEvents;

    Counts typeCounts(String t) {
        return typeByType.computeIfAbsent(t, k -> new Counts());
    }

    Counts tripleCounts(String t) {
        return tripleByType.computeIfAbsent(t, k -> new Counts());
    }

    /** A plain-text report. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "items %d (typed %d, quad-class only %d), predicted events %d%n",
            items, typedItems, quadItems, predictedEvents));
        if (typedItems > 0) {
            sb.append(String.format(Locale.ROOT, "%n%-10s %6s %6s %6s   %6s %6s %6s   %4s %4s %4s%n", "type", "P", "R",
                "F1", "triP", "triR", "triF1", "tp", "fp", "fn"));
            for (String t : typeByType.keySet()) {
                Counts c = typeByType.get(t);
                Counts tc = tripleByType.getOrDefault(t, new Counts());
                sb.append(String.format(Locale.ROOT, "%-10s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %4d %4d %4d%n", t,
                    c.precision(), c.recall(), c.f1(), tc.precision(), tc.recall(), tc.f1(), c.tp, c.fp, c.fn));
            }
            sb.append(String.format(Locale.ROOT, "%-10s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %4d %4d %4d%n", "micro",
                type.precision(), type.recall(), type.f1(), triple.precision(), triple.recall(), triple.f1(), type.tp,
                type.fp, type.fn));
            sb.append('\n');
            line(sb, "event type micro-F1", type.f1(), null);
            line(sb, "triple (type, source, target) F1", triple.f1(), null);
            ratio(sb, "modality accuracy (matched events with gold modality)", modality);
            ratio(sb, "location accuracy (matched events with gold location)", location);
            ratio(sb, "date accuracy (matched events with gold date)", date);
            ratio(sb, "attribution speaker accuracy (matched events with gold speaker)", speaker);
            ratio(sb, "false-alarm rate (no-event items with any event)", falseAlarms);
            ratio(sb, "trap violations (negated/offered/hypothetical coded as asserted deed)", trapViolations);
        }
        if (quadItems > 0) {
            ratio(sb, "quad-class accuracy (main event; 0 = statement or none)", quadClass);
            sb.append("quad confusion (rows gold 0-4, columns predicted 0-4):\n");
            for (int g = 0; g < 5; g++) {
                sb.append(String.format(Locale.ROOT, "  %d:", g));
                for (int p = 0; p < 5; p++) {
                    sb.append(String.format(Locale.ROOT, " %5d", quadConfusion[g][p]));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, double v, String extra) {
        sb.append(String.format(Locale.ROOT, "%-72s %.3f%s%n", label, v, extra == null ? "" : " " + extra));
    }

    private static void ratio(StringBuilder sb, String label, Ratio r) {
        if (r.total == 0) {
            sb.append(String.format(Locale.ROOT, "%-72s n/a%n", label));
        } else {
            sb.append(String.format(Locale.ROOT, "%-72s %.3f (%d/%d)%n", label, r.value(), r.correct, r.total));
        }
    }
}
