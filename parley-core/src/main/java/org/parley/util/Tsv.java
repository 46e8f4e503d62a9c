package org.parley.util;

import org.parley.ParleyException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reader for Parley's tab-separated data files: {@code #} comments, blank lines skipped, a header
 * line that must match, {@code -} for an empty cell, {@code |} inside list cells.
 */
public final class Tsv {
    /** One data row. {@code origin} is "file:line" for error messages. */
    public record Row(String origin, String[] cells) {
        public String get(int i) {
            String c = i < cells.length ? cells[i].trim() : "";
            return c.equals("-") ? "" : c;
        }

        public List<String> list(int i) {
            String c = get(i);
            if (c.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String p : c.split("\\|")) {
                String t = p.trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }
    }

    private Tsv() {
    }

    /** Reads the header line of a file, without consuming rows; null when the file has none. */
    public static String header(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    return line.strip();
                }
            }
            return null;
        } catch (IOException e) {
            throw new ParleyException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static List<Row> readResource(String resource, String expectedHeader) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new ParleyException("missing built-in data file " + resource);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, expectedHeader);
    }

    public static List<Row> readFile(Path file, String expectedHeader) {
        try {
            return read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), expectedHeader);
        } catch (IOException e) {
            throw new ParleyException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static List<Row> read(Reader reader, String name, String expectedHeader) {
        String[] expected = expectedHeader.split("\t");
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            int n = 0;
            boolean headerSeen = false;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!headerSeen) {
                    String[] got = Arrays.stream(cells).map(String::trim).toArray(String[]::new);
                    if (!Arrays.equals(got, expected)) {
                        throw new ParleyException(name + ":" + n + ": header must be '"
                            + expectedHeader.replace("\t", "<TAB>") + "', found '" + line.replace("\t", "<TAB>") + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                if (cells.length != expected.length) {
                    throw new ParleyException(name + ":" + n + ": expected " + expected.length
                        + " tab-separated columns, found " + cells.length);
                }
                rows.add(new Row(name + ":" + n, cells));
            }
            if (!headerSeen) {
                throw new ParleyException(name + ": no header line");
            }
        } catch (IOException e) {
            throw new ParleyException(name + ": cannot read: " + e.getMessage(), e);
        }
        return rows;
    }
}
