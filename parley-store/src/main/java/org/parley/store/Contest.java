package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contested-claim rules. Within one event (same type, source, target, place and date window),
 * reports are compared field by field:
 * <ul>
 *   <li>a quantity the coder carries ({@code killed}, {@code injured}, {@code arrested}, …): numbers
 *       and ranges ({@code 28000-40000}) conflict when they cannot both be true (6 vs 9; 12 outside
 *       20–30); vague words ("dozens") conflict with nothing;</li>
 *   <li>a term ({@code duration}, see {@link Terms}): different normalised values conflict;</li>
 *   <li>{@code occurred}: one report asserts the act and another denies it.</li>
 * </ul>
 * A field with a conflict makes the event {@code contested}; every value reported for it is kept as
 * a version with who reported it (articles, outlets, speakers and their attributions). Fields where
 * reports agree give the event's agreed {@code quantities} and {@code terms}. Thread-safe (stateless).
 */
final class Contest {
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,12}$");
    private static final Pattern RANGE = Pattern.compile("^(\\d{1,12})\\s*[-\u2013]\\s*(\\d{1,12})$");

    /** One value reported for a field, and by whom. */
    record Version(String field, String value, List<ClusterMention> reports) {
    }

    /**
     * @param agreedQuantities quantities all reports that give them agree on
     * @param agreedTerms      terms all reports that give them agree on
     * @param contestedFields  fields with conflicting values, sorted
     * @param versions         every value of every contested field
     */
    record Result(Map<String, Object> agreedQuantities, Map<String, String> agreedTerms, List<String> contestedFields,
                  List<Version> versions) {
    }

    private Contest() {
    }

    static Result judge(List<ClusterMention> reports) {
        Map<String, Map<String, List<ClusterMention>>> quantities = new TreeMap<>();
        Map<String, Map<String, List<ClusterMention>>> terms = new TreeMap<>();
        Map<String, List<ClusterMention>> occurred = new TreeMap<>();
        for (ClusterMention m : reports) {
            for (var q : m.quantities().entrySet()) {
                quantities.computeIfAbsent(q.getKey(), k -> new TreeMap<>())
                    .computeIfAbsent(normalize(q.getValue()), k -> new ArrayList<>()).add(m);
            }
            for (var t : m.terms().entrySet()) {
                terms.computeIfAbsent(t.getKey(), k -> new TreeMap<>())
                    .computeIfAbsent(t.getValue(), k -> new ArrayList<>()).add(m);
            }
            if (m.modality().equals("asserted") || m.modality().equals("denied")) {
                occurred.computeIfAbsent(m.modality(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Object> agreedQ = new TreeMap<>();
        Map<String, String> agreedT = new TreeMap<>();
        TreeSet<String> contested = new TreeSet<>();
        List<Version> versions = new ArrayList<>();
        for (var f : quantities.entrySet()) {
            if (conflicting(f.getValue().keySet())) {
                contested.add(f.getKey());
                f.getValue().forEach((v, ms) -> versions.add(new Version(f.getKey(), v, ms)));
            } else if (f.getValue().size() == 1) {
                String v = f.getValue().keySet().iterator().next();
                agreedQ.put(f.getKey(), NUMBER.matcher(v).matches() ? (Object) Long.parseLong(v) : v);
            }
        }
        for (var f : terms.entrySet()) {
            if (f.getValue().size() > 1) {
                contested.add(f.getKey());
                f.getValue().forEach((v, ms) -> versions.add(new Version(f.getKey(), v, ms)));
            } else {
                agreedT.put(f.getKey(), f.getValue().keySet().iterator().next());
            }
        }
        if (occurred.size() > 1) {
            contested.add("occurred");
            occurred.forEach((v, ms) -> versions.add(new Version("occurred", v, ms)));
        }
        versions.sort((a, b) -> a.field().equals(b.field()) ? a.value().compareTo(b.value())
            : a.field().compareTo(b.field()));
        return new Result(agreedQ, agreedT, new ArrayList<>(contested), versions);
    }

    /** A quantity as a comparable string: a number, a range {@code lo-hi}, or the vague word as written. */
    static String normalize(Object v) {
        if (v instanceof Number n) {
            return Long.toString(n.longValue());
        }
        String s = String.valueOf(v).strip().replace(",", "");
        Matcher r = RANGE.matcher(s);
        if (r.matches()) {
            long a = Long.parseLong(r.group(1));
            long b = Long.parseLong(r.group(2));
            return Math.min(a, b) + "-" + Math.max(a, b);
        }
        return s;
    }

    /** True when at least two of the values cannot both be true. */
    static boolean conflicting(Iterable<String> values) {
        List<long[]> spans = new ArrayList<>();
        for (String v : values) {
            long[] span = span(v);
            if (span != null) {
                spans.add(span);
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                long[] a = spans.get(i);
                long[] b = spans.get(j);
                if (a[1] < b[0] || b[1] < a[0]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long[] span(String v) {
        if (NUMBER.matcher(v).matches()) {
            long n = Long.parseLong(v);
            return new long[] {n, n};
        }
        Matcher r = RANGE.matcher(v);
        if (r.matches()) {
            return new long[] {Long.parseLong(r.group(1)), Long.parseLong(r.group(2))};
        }
        return null;
    }

    /** The versions as the JSON the {@code events.versions} column holds. */
    static String versionsJson(List<Version> versions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Version v : versions) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("field", v.field());
            o.put("value", NUMBER.matcher(v.value()).matches() && !v.field().equals("occurred")
                ? (Object) Long.parseLong(v.value()) : v.value());
            TreeSet<String> articles = new TreeSet<>();
            TreeSet<String> outlets = new TreeSet<>();
            TreeSet<String> speakers = new TreeSet<>();
            List<Map<String, Object>> attributions = new ArrayList<>();
            TreeSet<String> seenAttr = new TreeSet<>();
            LocalDate first = null;
            TreeSet<String> fingerprints = new TreeSet<>();
            for (ClusterMention m : v.reports()) {
                fingerprints.add(m.fingerprint());
                articles.add(m.articleId());
                if (m.outlet() != null) {
                    outlets.add(m.outlet());
                }
                if (m.speaker() != null) {
                    speakers.add(m.speaker());
                }
                String key = m.speaker() + "\u001f" + m.via() + "\u001f" + m.outlet();
                if (seenAttr.add(key)) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("speaker", m.speaker());
                    a.put("via", m.via());
                    a.put("anonymous", m.anonymous());
                    a.put("outlet", m.outlet());
                    attributions.add(a);
                }
                if (m.published() != null && (first == null || m.published().isBefore(first))) {
                    first = m.published();
                }
            }
            attributions.sort((a, b) -> String.valueOf(a.get("speaker") + "|" + a.get("via") + "|" + a.get("outlet"))
                .compareTo(String.valueOf(b.get("speaker") + "|" + b.get("via") + "|" + b.get("outlet"))));
            o.put("mentions", fingerprints.size());
            o.put("articles", new ArrayList<>(articles));
            o.put("outlets", new ArrayList<>(outlets));
            o.put("speakers", new ArrayList<>(speakers));
            o.put("attributions", attributions);
            o.put("first_seen", first == null ? null : first.toString());
            out.add(o);
        }
        try {
            return MentionRows.JSON.writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
