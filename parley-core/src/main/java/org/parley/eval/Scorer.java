package org.parley.eval;

import org.parley.geo.Names;
import org.parley.model.Cameo;
import org.parley.model.Event;
import org.parley.model.Location;
import org.parley.model.Modality;

import java.util.List;
import java.util.Locale;

/**
 * Scores predicted events against gold items, per DESIGN.md: an event matches when the types are
 * equal (type score) and, for the triple score, both actors match leniently ({@link ActorMatcher}).
 * Matching is one-to-one within an item, triple matches first. Not thread-safe.
 */
public final class Scorer {
    private static final double LOCATION_KM = 50.0;

    private final ActorMatcher actors;
    private final EvalReport report = new EvalReport();

    public Scorer(ActorMatcher actors) {
        this.actors = actors;
    }

    public EvalReport report() {
        return report;
    }

    /** Scores one item. */
    public void add(GoldItem item, List<Event> predicted) {
        report.items++;
        report.predictedEvents += predicted.size();
        if (item.quadOnly()) {
            scoreQuad(item, predicted);
            return;
        }
        report.typedItems++;
        List<GoldItem.GoldEvent> gold = item.events();
        boolean[] used = new boolean[predicted.size()];
        // a prediction that is a gold event in type, source and target is that event, not a trap's act; so is one that
        // matches an asserted gold event in type and one party
        boolean[] goldDeed = new boolean[predicted.size()];
        Event[] match = new Event[gold.size()];
        boolean[] triple = new boolean[gold.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Event e = predicted.get(p);
                if (!used[p] && e.type().name().equals(gold.get(g).type())
                    && actors.matches(gold.get(g).source(), e.source()) && actors.matches(gold.get(g).target(), e.target())) {
                    used[p] = true;
                    goldDeed[p] = true;
                    match[g] = e;
                    triple[g] = true;
                    break;
                }
            }
        }
        // then by type, first where one party agrees (so that each gold deed pairs with its own prediction), then alone
        for (int pass = 0; pass < 2; pass++) {
            for (int g = 0; g < gold.size(); g++) {
                if (match[g] != null) {
                    continue;
                }
                GoldItem.GoldEvent ge = gold.get(g);
                for (int p = 0; p < predicted.size(); p++) {
                    Event e = predicted.get(p);
                    if (used[p] || !e.type().name().equals(ge.type())) {
                        continue;
                    }
                    boolean party = ge.source() != null && actors.matches(ge.source(), e.source())
                        || ge.target() != null && actors.matches(ge.target(), e.target());
                    if (pass == 0 && !party) {
                        continue;
                    }
                    used[p] = true;
                    match[g] = e;
                    // the gold deed found with one party wrong ("the Pentagon suspended an exercise with Thailand",
                    // coded against the cancelled visit) is still that deed, scored as wrong actors, not a trap's act
                    goldDeed[p] = party && (ge.modality() == null || "asserted".equals(ge.modality()));
                    break;
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            GoldItem.GoldEvent ge = gold.get(g);
            EvalReport.Counts tc = report.typeCounts(ge.type());
            EvalReport.Counts trc = report.tripleCounts(ge.type());
            if (match[g] == null) {
                tc.fn++;
                report.type.fn++;
                trc.fn++;
                report.triple.fn++;
                report.errors.add(new EvalReport.Error(item.id(), "missed", describe(ge), null, item.text(), null));
                continue;
            }
            tc.tp++;
            report.type.tp++;
            if (triple[g]) {
                trc.tp++;
                report.triple.tp++;
            } else {
                trc.fn++;
                report.triple.fn++;
                report.tripleCounts(match[g].type().name()).fp++;
                report.triple.fp++;
                report.errors.add(new EvalReport.Error(item.id(), "wrong actors", describe(ge), describe(match[g]),
                    match[g].evidence(), match[g].rule()));
            }
            attributes(ge, match[g], item);
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                Event e = predicted.get(p);
                report.typeCounts(e.type().name()).fp++;
                report.type.fp++;
                report.tripleCounts(e.type().name()).fp++;
                report.triple.fp++;
                report.errors.add(new EvalReport.Error(item.id(), "spurious", null, describe(e), e.evidence(), e.rule()));
            }
        }
        if (gold.isEmpty()) {
            report.falseAlarms.total++;
            if (!predicted.isEmpty()) {
                report.falseAlarms.correct++;
            }
        }
        if (!item.traps().isEmpty()) {
            report.trapViolations.total++;
            boolean violated = false;
            for (GoldItem.Trap t : item.traps()) {
                for (int p = 0; p < predicted.size(); p++) {
                    Event e = predicted.get(p);
                    if (!goldDeed[p] && e.type().name().equals(t.type()) && e.modality() == Modality.ASSERTED && !e.negated()
                        && (t.source() == null || actors.matches(t.source(), e.source()))) {
                        violated = true;
                        report.errors.add(new EvalReport.Error(item.id(), "trap (" + t.kind() + ")", t.type()
                            + " must not be asserted", describe(e), e.evidence(), e.rule()));
                    }
                }
            }
            if (violated) {
                report.trapViolations.correct++;
            }
        }
    }

    private void attributes(GoldItem.GoldEvent ge, Event e, GoldItem item) {
        if (ge.modality() != null) {
            report.modality.total++;
            if (ge.modality().equalsIgnoreCase(e.modality().label())) {
                report.modality.correct++;
            } else {
                report.errors.add(new EvalReport.Error(item.id(), "wrong modality", describe(ge) + " " + ge.modality(),
                    describe(e) + " " + e.modality().label(), e.evidence(), e.rule()));
            }
        }
        if (ge.location() != null) {
            report.location.total++;
            if (locationMatches(ge.location(), e.location())) {
                report.location.correct++;
            } else {
                report.errors.add(new EvalReport.Error(item.id(), "wrong location", describe(ge) + " at "
                    + ge.location().text(), describe(e) + " at " + (e.location() == null ? "none" : e.location().name()
                    + " " + e.location().country()), e.evidence(), e.rule()));
            }
        }
        if (ge.date() != null) {
            report.date.total++;
            if (ge.date().equals(e.date())) {
                report.date.correct++;
            } else {
                report.errors.add(new EvalReport.Error(item.id(), "wrong date", describe(ge) + " on " + ge.date(),
                    describe(e) + " on " + e.date(), e.evidence(), e.rule()));
            }
        }
        if (ge.speaker() != null) {
            report.speaker.total++;
            String ps = e.attribution() == null ? null : e.attribution().speaker();
            if (ps != null && (ActorMatcher.norm(ps).contains(ActorMatcher.norm(ge.speaker()))
                || ActorMatcher.norm(ge.speaker()).contains(ActorMatcher.norm(ps)))) {
                report.speaker.correct++;
            } else {
                report.errors.add(new EvalReport.Error(item.id(), "wrong speaker", describe(ge) + " per " + ge.speaker(),
                    describe(e) + " per " + ps, e.evidence(), e.rule()));
            }
        }
    }

    /** Same place within 50 km, or the same admin1 or country where the gold gives only that. */
    static boolean locationMatches(GoldItem.GoldLocation g, Location p) {
        if (p == null) {
            return false;
        }
        String prec = g.precision() == null ? "city" : g.precision().toLowerCase(Locale.ROOT);
        if (g.country() != null && p.country() != null && !g.country().equalsIgnoreCase(p.country())) {
            return false;
        }
        if (prec.equals("country")) {
            return g.country() != null && g.country().equalsIgnoreCase(p.country());
        }
        if (g.lat() != null && g.lon() != null && p.lat() != null && p.lon() != null
            && km(g.lat(), g.lon(), p.lat(), p.lon()) <= LOCATION_KM) {
            return true;
        }
        if (g.text() != null && p.name() != null && Names.key(g.text()).contains(Names.key(p.name()))) {
            return true;
        }
        if (g.name() != null && p.name() != null && Names.key(g.name()).equals(Names.key(p.name()))) {
            // the gold's gazetteer name: "Indian Kashmir" is "Jammu and Kashmir"
            return true;
        }
        if (prec.equals("admin1")) {
            String ga = g.admin1() != null ? g.admin1() : g.text();
            return ga != null && p.admin1() != null && Names.key(ga).contains(Names.key(p.admin1()));
        }
        return false;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
            * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }

    private void scoreQuad(GoldItem item, List<Event> predicted) {
        report.quadItems++;
        int gold = item.statement() || item.events().isEmpty() ? 0 : item.events().get(0).quadClass();
        int pred = 0;
        if (!predicted.isEmpty()) {
            pred = Cameo.quadClass(predicted.get(0).cameoRoot());
        }
        report.quadClass.total++;
        report.quadConfusion[gold][pred]++;
        if (gold == pred) {
            report.quadClass.correct++;
        } else {
            report.errors.add(new EvalReport.Error(item.id(), "wrong quad class", "quad " + gold,
                predicted.isEmpty() ? "none" : "quad " + pred + " " + describe(predicted.get(0)), item.text(),
                predicted.isEmpty() ? null : predicted.get(0).rule()));
        }
    }

    static String describe(GoldItem.GoldEvent g) {
        return g.source() + " -" + g.type() + "-> " + g.target();
    }

    static String describe(Event e) {
        return (e.source() == null ? "null" : e.source().text()) + " -" + e.type() + (e.mode() == null ? "" : "(" + e.mode() + ")")
            + "-> " + (e.target() == null ? "null" : e.target().text());
    }

}
