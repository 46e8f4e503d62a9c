package org.parley.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code events} table as GDELT 2.0 event rows: 61 tab-separated columns, no header, in GDELT's
 * order. What Parley cannot fill (tone, ethnic and religion codes, actor geography) is left empty;
 * where Parley's codes differ from GDELT's (ISO 3166 alpha-3 countries instead of FIPS 10-4 in the
 * geography columns, GeoNames ids as feature ids, CAMEO root codes only) docs/store.md says so.
 */
final class Gdelt {
    static final List<String> COLUMNS = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
        "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
        "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
        "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
        "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    private Gdelt() {
    }

    /** The numeric GlobalEventID of an event id: its first 15 hex digits as a positive long. */
    static long globalId(String eventId) {
        return Long.parseLong(eventId.substring(0, 15), 16);
    }

    static long write(Connection conn, Writer w) throws SQLException, IOException {
        long n = 0;
        String sql = "SELECT e.*, (SELECT min(a.input_id) FROM articles a WHERE a.article_id = e.article_ids[1]) AS first_input"
            + " FROM events e ORDER BY " + Schema.order("events");
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<String> row = row(r);
                if (row.size() != COLUMNS.size()) {
                    throw new IllegalStateException("GDELT row has " + row.size() + " columns");
                }
                w.write(String.join("\t", row));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private static List<String> row(ResultSet r) throws SQLException {
        List<String> c = new ArrayList<>(61);
        String date = r.getString("date");
        LocalDate d = date == null ? null : LocalDate.parse(date);
        c.add(Long.toString(globalId(r.getString("event_id"))));
        c.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        c.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
        c.add(d == null ? "" : Integer.toString(d.getYear()));
        c.add(d == null ? "" : String.format(Locale.ROOT, "%.4f", d.getYear() + d.getDayOfYear() / 365.0));
        actor(c, r, "source");
        actor(c, r, "target");
        c.add(r.getBoolean("is_root") ? "1" : "0");
        String root = r.getString("cameo_root");
        c.add(root);
        c.add(root);
        c.add(root);
        c.add(Integer.toString(r.getInt("quad_class")));
        c.add(number(r.getDouble("goldstein")));
        c.add(Integer.toString(r.getInt("num_mentions")));
        c.add(Integer.toString(r.getInt("num_sources")));
        c.add(Integer.toString(r.getInt("num_articles")));
        c.add("");
        for (int k = 0; k < 16; k++) {
            c.add("");
        }
        geo(c, r);
        String firstSeen = r.getString("first_seen");
        c.add(firstSeen == null ? "" : firstSeen.replace("-", "") + "000000");
        String url = r.getString("source_url");
        c.add(clean(url != null ? url : r.getString("first_input")));
        return c;
    }

    private static void actor(List<String> c, ResultSet r, String role) throws SQLException {
        String country = r.getString(role + "_country");
        String sector = r.getString(role + "_sector");
        String name = r.getString(role + "_name");
        String text = r.getString(role + "_text");
        boolean none = r.getString(role + "_key").isEmpty();
        c.add(none ? "" : nz(country) + nz(sector));
        c.add(none ? "" : clean((name != null ? name : nz(text)).toUpperCase(Locale.ROOT)));
        c.add(nz(country));
        c.add("");
        c.add("");
        c.add("");
        c.add("");
        c.add(nz(sector));
        c.add("");
        c.add("");
    }

    private static void geo(List<String> c, ResultSet r) throws SQLException {
        String name = r.getString("location_name");
        String country = r.getString("location_country");
        if (name == null && country == null) {
            for (int k = 0; k < 8; k++) {
                c.add("");
            }
            return;
        }
        String precision = r.getString("location_precision");
        String admin1 = r.getString("location_admin1");
        boolean us = "USA".equals(country);
        String type = precision == null ? "4" : switch (precision) {
            case "country" -> "1";
            case "admin1" -> us ? "2" : "5";
            default -> us ? "3" : "4";
        };
        List<String> full = new ArrayList<>();
        for (String part : new String[] {name, admin1, country}) {
            if (part != null && !part.isBlank() && !full.contains(part)) {
                full.add(part);
            }
        }
        c.add(type);
        c.add(clean(String.join(", ", full)));
        c.add(nz(country));
        c.add(clean(nz(admin1)));
        c.add("");
        Object lat = r.getObject("location_lat");
        Object lon = r.getObject("location_lon");
        c.add(lat == null ? "" : number(((Number) lat).doubleValue()));
        c.add(lon == null ? "" : number(((Number) lon).doubleValue()));
        Object gid = r.getObject("location_geonames_id");
        c.add(gid == null ? "" : gid.toString());
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** No tabs or line breaks inside a field. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
