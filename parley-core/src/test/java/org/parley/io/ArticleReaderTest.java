package org.parley.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Diagnostics diag = new Diagnostics(new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    private List<Article> read(String input) {
        List<Article> out = new ArrayList<>();
        new ArticleReader(diag, LocalDate.of(2020, 1, 2)).read(input, new ByteArrayInputStream(new byte[0]), out::add);
        return out;
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badJsonlLinesAreReportedWithFileAndLineAndTheRestIsRead() throws IOException {
        Path f = dir.resolve("news.jsonl");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"id\":\"a\",\"text\":\"Troops attacked the town.\",\"date\":\"2019-03-04\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("this is not json\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\":\"c\",\"title\":\"no text here\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        b.writeBytes("{\"id\":\"e\",\"text\":\"   \"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("[1,2]\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\":\"g\",\"text\":\"Police arrested protesters.\",\"date\":\"yesterday\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(f, b.toByteArray());

        List<Article> got = read(f.toString());

        assertEquals(List.of("a", "g"), got.stream().map(Article::id).toList());
        assertEquals(LocalDate.of(2019, 3, 4), got.get(0).date());
        assertEquals(LocalDate.of(2020, 1, 2), got.get(1).date(), "unreadable date falls back to --date");
        String e = err();
        assertTrue(e.contains(f + ":2: not JSON"), e);
        assertTrue(e.contains(f + ":3: no 'text' field"), e);
        assertTrue(e.contains(f + ":4: invalid UTF-8"), e);
        assertTrue(e.contains(f + ":5: empty text"), e);
        assertTrue(e.contains(f + ":6: not a JSON object"), e);
        assertTrue(e.contains(f + ":7: warning: unreadable date"), e);
        assertEquals(5, diag.total());
        e.lines().forEach(l -> assertTrue(l.startsWith("parley: " + f), "one line naming the file: " + l));
    }

    @Test
    void emptyBinaryAndInvalidUtf8FilesAreSkippedAndCounted() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n ");
        Path bin = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Path bad = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks in Gen\u00e8ve.".getBytes(StandardCharsets.ISO_8859_1));
        Path good = Files.writeString(dir.resolve("good.txt"), "Rebels attacked the base.");
        List<Article> got = new ArrayList<>();
        for (Path p : List.of(empty, blank, bin, bad, good)) {
            got.addAll(read(p.toString()));
        }
        assertEquals(1, got.size());
        assertEquals(4, diag.total());
        assertEquals(2L, diag.counts().get("empty file"));
        assertEquals(1L, diag.counts().get("binary content"));
        assertEquals(1L, diag.counts().get("invalid UTF-8"));
        assertTrue(err().contains(bad + ": invalid UTF-8 (at byte 3)"), err());
    }

    @Test
    void plainTextFirstLineIsTitleWhenShortAndFollowedByABlankLine() throws IOException {
        Path f = Files.writeString(dir.resolve("story.txt"), "Taliban talks resume in Doha\n\nNegotiators met on Monday.");
        Article a = read(f.toString()).get(0);
        assertEquals("Taliban talks resume in Doha", a.title());
        assertEquals("Negotiators met on Monday.", a.text().strip());
        assertEquals(a.text().length(), "Taliban talks resume in Doha\n\nNegotiators met on Monday.".length(),
            "offsets are kept");
        Path g = Files.writeString(dir.resolve("nolead.txt"), "Negotiators met on Monday. They agreed.\n\nMore text.");
        assertNull(read(g.toString()).get(0).title());
    }

    @Test
    void gzipDirectoriesAndStdinAreRead() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("corpus"));
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(sub.resolve("b.jsonl.gz")))) {
            gz.write("{\"id\":\"gz1\",\"text\":\"Police detained ten people.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(sub.resolve("a.txt"), "Troops withdrew from the town.");
        List<Article> got = read(sub.toString());
        assertEquals(2, got.size());
        assertEquals("gz1", got.get(1).id());

        List<Article> fromStdin = new ArrayList<>();
        new ArticleReader(diag, null).read("-", new ByteArrayInputStream(
            "{\"id\":\"s1\",\"text\":\"A.\"}\n{\"id\":\"s2\",\"text\":\"B.\"}\n".getBytes(StandardCharsets.UTF_8)), fromStdin::add);
        assertEquals(List.of("s1", "s2"), fromStdin.stream().map(Article::id).toList());
    }

    @Test
    void hugeRecordIsRefusedWithoutLosingTheNextOne() throws IOException {
        Path f = dir.resolve("big.jsonl");
        StringBuilder sb = new StringBuilder("{\"id\":\"big\",\"text\":\"");
        sb.append("word ".repeat(ArticleReader.MAX_RECORD_BYTES / 5 + 10));
        sb.append("\"}\n{\"id\":\"small\",\"text\":\"Troops withdrew.\"}\n");
        Files.writeString(f, sb.toString());
        List<Article> got = read(f.toString());
        assertEquals(List.of("small"), got.stream().map(Article::id).toList());
        assertTrue(err().contains(f + ":1: record too large"), err());
    }
}
