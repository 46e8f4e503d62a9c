package org.parley.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Article;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from plain-text files (one article each; a short first line followed by a blank
 * line is the title), JSONL files (one article per line: {@code id}, {@code text}, optional
 * {@code date}, {@code outlet}, {@code url}, {@code title}), gzip-compressed variants, directories
 * of those, and standard input.
 *
 * <p>Bad records (empty, binary, invalid UTF-8, not JSON, no text) go to {@link Diagnostics} and are
 * skipped; everything else in the same file is still read. Not thread-safe; use one per thread.
 */
public final class ArticleReader {
    /** Input records larger than this are refused before decoding. */
    public static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Diagnostics diagnostics;
    private final LocalDate defaultDate;

    /**
     * @param defaultDate publication date for articles that carry none, or null
     */
    public ArticleReader(Diagnostics diagnostics, LocalDate defaultDate) {
        this.diagnostics = diagnostics;
        this.defaultDate = defaultDate;
    }

    /** Reads every article of {@code input} ("-" for stdin, a file, or a directory) into {@code sink}. */
    public void read(String input, InputStream stdin, Consumer<Article> sink) {
        if (input.equals("-")) {
            try {
                readStream("-", "stdin", stdin, sink, null);
            } catch (IOException e) {
                diagnostics.report("-", "unreadable input", e.getMessage());
            }
            return;
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().forEach(files::add);
            } catch (IOException e) {
                diagnostics.report(input, "unreadable directory", e.getMessage());
                return;
            }
            for (Path f : files) {
                readFile(f.toString(), f, sink);
            }
            return;
        }
        readFile(input, p, sink);
    }

    /**
     * Reads the text or JSONL articles of an already opened and decompressed stream; for readers of
     * other formats that hand over the plain-text or JSONL files they find. Does not close {@code in}.
     *
     * @param name  the file name used in messages
     * @param id    the id of a plain-text article (the name without a compression suffix)
     * @param jsonl true for JSONL, false for plain text, null to tell by the first character
     */
    public void read(String name, String id, InputStream in, Boolean jsonl, Consumer<Article> sink) {
        try {
            readStream(name, id, in, sink, jsonl);
        } catch (IOException e) {
            diagnostics.report(name, "unreadable file", e.getMessage());
        }
    }

    private void readFile(String name, Path p, Consumer<Article> sink) {
        if (!Files.isRegularFile(p)) {
            diagnostics.report(name, "no such file", null);
            return;
        }
        String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        String base = gz ? lower.substring(0, lower.length() - 3) : lower;
        Boolean jsonl = base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json") ? Boolean.TRUE
            : base.endsWith(".txt") || base.endsWith(".text") ? Boolean.FALSE : null;
        try (InputStream raw = Files.newInputStream(p);
             InputStream in = gz ? new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)
                 : new BufferedInputStream(raw, 1 << 16)) {
            readStream(name, idFor(name, gz), in, sink, jsonl);
        } catch (IOException e) {
            diagnostics.report(name, "unreadable file", e.getMessage());
        }
    }

    private static String idFor(String name, boolean gz) {
        String id = name;
        if (gz) {
            id = id.substring(0, id.length() - 3);
        }
        return id;
    }

    private void readStream(String name, String id, InputStream in, Consumer<Article> sink, Boolean jsonl)
        throws IOException {
        in = in.markSupported() ? in : new BufferedInputStream(in);
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        if (head.length == 0) {
            diagnostics.report(name, "empty file", null);
            return;
        }
        if (looksBinary(head)) {
            diagnostics.report(name, "binary content", "not a text or JSONL file");
            return;
        }
        boolean isJsonl = jsonl != null ? jsonl : firstNonBlank(head) == '{';
        if (isJsonl) {
            readJsonl(name, in, sink);
        } else {
            readText(name, id, in, sink);
        }
    }

    private static int firstNonBlank(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            i = 3;
        }
        for (; i < b.length; i++) {
            if (!Character.isWhitespace(b[i])) {
                return b[i];
            }
        }
        return -1;
    }

    static boolean looksBinary(byte[] b) {
        int control = 0;
        for (byte x : b) {
            int c = x & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 9 || c > 13 && c < 32) {
                control++;
            }
        }
        return control > b.length / 20 + 1;
    }

    private void readText(String name, String id, InputStream in, Consumer<Article> sink) throws IOException {
        byte[] all = in.readNBytes(MAX_RECORD_BYTES + 1);
        if (all.length > MAX_RECORD_BYTES) {
            diagnostics.report(name, "file too large", "over " + (MAX_RECORD_BYTES >> 20) + " MB");
            return;
        }
        String text;
        try {
            text = decode(all);
        } catch (CharacterCodingException e) {
            diagnostics.report(name, "invalid UTF-8", "at byte " + firstBadByte(all));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            diagnostics.report(name, "empty file", "only whitespace");
            return;
        }
        String title = null;
        String body = text;
        String[] parts = text.split("\\R\\s*\\R", 2);
        if (parts.length == 2) {
            String first = parts[0].strip();
            if (!first.contains("\n") && first.split("\\s+").length <= 20 && !first.endsWith(".")) {
                title = first;
                // keep offsets stable: blank the title instead of cutting it
                body = " ".repeat(text.indexOf(parts[1])) + parts[1];
            }
        }
        sink.accept(new Article(id, title, body, defaultDate, null, null));
    }

    private void readJsonl(String name, InputStream in, Consumer<Article> sink) throws IOException {
        int lineNo = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        boolean tooLong = false;
        int b;
        boolean any = false;
        while (true) {
            b = in.read();
            if (b == '\n' || b == -1) {
                if (b == -1 && line.size() == 0 && !tooLong) {
                    break;
                }
                lineNo++;
                String where = name + ":" + lineNo;
                if (tooLong) {
                    diagnostics.report(where, "record too large", "over " + (MAX_RECORD_BYTES >> 20) + " MB");
                } else {
                    byte[] bytes = line.toByteArray();
                    any |= handleLine(where, name, lineNo, bytes, sink);
                }
                line.reset();
                tooLong = false;
                if (b == -1) {
                    break;
                }
                continue;
            }
            if (line.size() >= MAX_RECORD_BYTES) {
                tooLong = true;
                continue;
            }
            line.write(b);
        }
        if (!any && lineNo == 0) {
            diagnostics.report(name, "empty file", null);
        }
    }

    private boolean handleLine(String where, String file, int lineNo, byte[] bytes, Consumer<Article> sink) {
        String s;
        try {
            s = decode(bytes);
        } catch (CharacterCodingException e) {
            diagnostics.report(where, "invalid UTF-8", "at byte " + firstBadByte(bytes) + " of the line");
            return false;
        }
        if (lineNo == 1 && s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            return false;
        }
        JsonNode n;
        try {
            n = JSON.readTree(s);
        } catch (JsonProcessingException e) {
            diagnostics.report(where, "not JSON", e.getOriginalMessage());
            return false;
        }
        if (n == null || !n.isObject()) {
            diagnostics.report(where, "not a JSON object", null);
            return false;
        }
        JsonNode text = n.get("text");
        if (text == null || text.isNull()) {
            diagnostics.report(where, "no 'text' field", null);
            return false;
        }
        if (!text.isTextual()) {
            diagnostics.report(where, "'text' is not a string", null);
            return false;
        }
        if (text.asText().isBlank()) {
            diagnostics.report(where, "empty text", null);
            return false;
        }
        String id = textField(n, "id");
        if (id == null) {
            id = file + ":" + lineNo;
        }
        LocalDate date = defaultDate;
        String d = textField(n, "date");
        if (d == null) {
            d = textField(n, "published");
        }
        if (d != null) {
            LocalDate parsed = parseDate(d);
            if (parsed == null) {
                diagnostics.warn(where, "unreadable date '" + d + "', using " + (defaultDate == null ? "none" : defaultDate));
            } else {
                date = parsed;
            }
        }
        sink.accept(new Article(id, textField(n, "title"), text.asText(), date, textField(n, "outlet"),
            textField(n, "url")));
        return true;
    }

    private static String textField(JsonNode n, String f) {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.toString();
        return s.isBlank() ? null : s;
    }

    /** ISO date, or the date part of an ISO date-time; null when unreadable. */
    public static LocalDate parseDate(String s) {
        String t = s.strip();
        if (t.length() >= 10) {
            t = t.substring(0, 10);
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return dec.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var r = dec.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }
}
