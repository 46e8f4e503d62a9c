package org.parley.sources;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.Diagnostics;
import org.parley.model.Article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceReaderTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Diagnostics diag = new Diagnostics(new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    private List<Article> read(String... inputs) {
        return read(null, inputs);
    }

    private List<Article> read(InputStream stdin, String... inputs) {
        List<Article> out = new ArrayList<>();
        SourceReader r = new SourceReader(diag, null);
        for (String in : inputs) {
            r.read(in, stdin, out::add);
        }
        return out;
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path copy(String resource, String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/sources/" + resource)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SourceReaderTest.class.getResourceAsStream("/sources/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(o)) {
            z.write(b);
        }
        return o.toByteArray();
    }

    private static byte[] bzip2(byte[] b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (OutputStream z = new BZip2CompressorOutputStream(o)) {
            z.write(b);
        }
        return o.toByteArray();
    }

    @Test
    void newsPageGivesMainTextAndMetadataWithoutBoilerplate() throws IOException {
        Path p = copy("news-page.html", "page.html");
        List<Article> a = read(p.toString());
        assertEquals(1, a.size(), err());
        Article art = a.get(0);
        assertEquals("https://ledger.example.com/world/2019/02/25/talks-resume-doha?utm_source=rss", art.id());
        assertEquals(art.id(), art.url());
        assertEquals("US and Taliban resume talks in Doha", art.title());
        assertEquals(LocalDate.of(2019, 2, 25), art.date());
        assertEquals("The Daily Ledger", art.outlet());
        String t = art.text();
        assertTrue(t.startsWith("United States envoy Zalmay Khalilzad met Taliban negotiators in Doha on Monday"), t);
        assertTrue(t.contains("\n\nThe Taliban demanded a timetable for the withdrawal, a spokesman for the group said."), t);
        assertTrue(t.contains("The Afghan government has not been invited to the talks"), t);
        for (String junk : List.of("Share", "Facebook", "cookies", "Photo", "Delegates arrive", "Comments",
            "Join the conversation", "Sign up", "Most read", "Copyright", "Related stories", "Envoy visits Kabul",
            "Image caption", "By A. Reporter", "World", "analytics", "Something else")) {
            assertFalse(t.contains(junk), "boilerplate '" + junk + "' left in: " + t);
        }
        assertEquals("", err());
    }

    @Test
    void plainPageWithoutUrlKeepsItsFileNameAsId() throws IOException {
        Path p = copy("plain-page.htm", "plain.htm");
        Article a = read(p.toString()).get(0);
        assertEquals(p.toString(), a.id());
        assertNull(a.url());
        assertEquals(LocalDate.of(2020, 6, 2), a.date());
        assertEquals("Protesters clash with police", a.title());
        assertEquals("Thousands of protesters clashed with police in the capital on Tuesday, witnesses said.\n\n"
            + "Police fired tear gas to disperse the crowd outside parliament.", a.text());
    }

    @Test
    void rssItemsBecomeArticlesAndAnItemWithoutTextIsReported() throws IOException {
        Path p = copy("feed.rss", "wire.rss");
        List<Article> a = read(p.toString());
        assertEquals(3, a.size(), err());
        assertEquals("https://wire.example.net/2021/03/04/rebels-seize-town", a.get(0).id());
        assertEquals("Rebels seized the border town of Tal Abyad on Thursday after days of fighting, residents said.",
            a.get(0).text());
        assertEquals(LocalDate.of(2021, 3, 4), a.get(0).date());
        assertEquals("World Wire", a.get(0).outlet());
        assertEquals("Foreign ministers of Iran and France met in Geneva on Friday.", a.get(1).text());
        assertEquals("Example Agency", a.get(1).outlet());
        assertEquals("Headline only: Army shells rebel positions", a.get(2).text());
        assertTrue(err().contains("wire.rss: item 4: no text"), err());
        assertEquals(1, diag.total());
    }

    @Test
    void atomEntriesBecomeArticles() throws IOException {
        Path p = copy("feed.atom", "monitor.atom");
        List<Article> a = read(p.toString());
        assertEquals(1, a.size(), err());
        assertEquals("https://monitor.example.org/2022/07/01/ceasefire", a.get(0).url());
        assertEquals(LocalDate.of(2022, 7, 1), a.get(0).date());
        assertEquals("Peace Process Monitor", a.get(0).outlet());
        assertEquals("The government and the rebels signed a ceasefire agreement in Addis Ababa on Friday.",
            a.get(0).text());
    }

    private static byte[] sampleWarc(boolean gzip) throws IOException {
        return new WarcFixtures(gzip).warcinfo()
            .request("https://news.example.com/a")
            .response("https://news.example.com/a", WarcFixtures.page("Strike in the port", "2019-02-20",
                "Dock workers went on strike in the port of Antwerp on Wednesday, a union spokesman said."))
            .response("https://news.example.com/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
            .response("https://news.example.com/missing", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8))
            .record("response", "https://news.example.com/broken", "application/http; msgtype=response",
                "NOT AN HTTP RESPONSE\r\n\r\n".getBytes(StandardCharsets.UTF_8))
            .response("https://news.example.com/b", WarcFixtures.page("Minister resigns", null,
                "The interior minister resigned on Monday after weeks of protests, state television reported."))
            .conversion("https://news.example.com/c", "Army deploys to the border\nThe army deployed two brigades"
                + " to the northern border on Tuesday.\nOfficials gave no reason.")
            .bytes();
    }

    @Test
    void warcResponsesAndConversionsBecomeArticlesInPlainAndGzipForm() throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            Path p = dir.resolve(gz ? "crawl.warc.gz" : "crawl.warc");
            Files.write(p, sampleWarc(gz));
            errBytes.reset();
            List<Article> a = read(p.toString());
            assertEquals(3, a.size(), err());
            assertEquals("https://news.example.com/a", a.get(0).id());
            assertEquals(LocalDate.of(2019, 2, 20), a.get(0).date(), "page date wins over capture date");
            assertEquals("news.example.com", a.get(0).outlet());
            assertEquals("Dock workers went on strike in the port of Antwerp on Wednesday, a union spokesman said.",
                a.get(0).text());
            assertEquals(LocalDate.of(2019, 2, 26), a.get(1).date(), "capture date when the page has none");
            assertEquals("Army deploys to the border", a.get(2).title());
            assertEquals("The army deployed two brigades to the northern border on Tuesday.\n\nOfficials gave no reason.",
                a.get(2).text());
            assertTrue(err().contains(p + ": record 6 at byte "), err());
            assertTrue(err().contains("(https://news.example.com/broken): malformed HTTP response"), err());
        }
    }

    @Test
    void truncatedWarcKeepsTheRecordsBeforeTheBreak() throws IOException {
        byte[] all = sampleWarc(false);
        byte[] cut = java.util.Arrays.copyOf(all, all.length - 60);
        Path p = dir.resolve("cut.warc");
        Files.write(p, cut);
        List<Article> a = read(p.toString());
        assertEquals(2, a.size(), err());
        assertTrue(err().contains("cut.warc: record 8 at byte"), err());
        assertTrue(err().contains("malformed WARC"), err());
    }

    @Test
    void compressedVariantsAreReadByMagicBytes() throws IOException {
        String jsonl = "{\"id\":\"x1\",\"text\":\"Police arrested ten protesters in Minsk.\"}\n"
            + "{\"id\":\"x2\",\"text\":\"Rebels attacked a convoy.\"}\n";
        Files.write(dir.resolve("news.jsonl.gz"), gzip(jsonl.getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("news2.jsonl.bz2"), bzip2(jsonl.replace("\"x", "\"y").getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("page.html.bz2"), bzip2(resource("plain-page.htm")));
        Files.write(dir.resolve("feed.xml.gz"), gzip(resource("feed.atom")));
        Files.write(dir.resolve("story.txt.gz"), gzip("Troops withdrew from the town.".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("mystery"), gzip(resource("news-page.html")));
        Files.write(dir.resolve("archive.warc.bz2"), bzip2(sampleWarc(false)));
        List<Article> a = read(dir.toString());
        List<String> ids = a.stream().map(Article::id).toList();
        assertEquals(List.of("https://news.example.com/a", "https://news.example.com/b", "https://news.example.com/c",
                "https://monitor.example.org/2022/07/01/ceasefire",
                "https://ledger.example.com/world/2019/02/25/talks-resume-doha?utm_source=rss",
                "x1", "x2", "y1", "y2", dir.resolve("page.html").toString(), dir.resolve("story.txt").toString()),
            ids, err());
    }

    @Test
    void badInputIsReportedOnceByNameAndNothingElseIsLost() throws IOException {
        Files.write(dir.resolve("a-good.jsonl"), ("{\"id\":\"g1\",\"text\":\"Rebels attacked a convoy.\"}\n"
            + "{not json\n{\"id\":\"g2\",\"text\":\"Police arrested ten protesters.\"}\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("b-empty.html"), new byte[0]);
        Files.write(dir.resolve("c-binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        byte[] bad = "<html><body><p>Caf\u00e9 owners protested against the tax increase on Monday.</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("d-latin1.html"), bad);
        Files.write(dir.resolve("e-broken.rss"), "<?xml version=\"1.0\"?><rss><channel><item><title>x</title>"
            .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("f-nothing.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>"
            .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("g-broken.warc"), "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n"
            .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("h-corrupt.txt.gz"), java.util.Arrays.copyOf(gzip("Troops withdrew from the town. ".repeat(20_000)
            .getBytes(StandardCharsets.UTF_8)), 300));
        Files.write(dir.resolve("z-good.txt"), "Troops withdrew from the town.".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(".hidden.txt"), "Not read.".getBytes(StandardCharsets.UTF_8));
        List<Article> a = read(dir.toString());
        assertEquals(List.of("g1", "g2", dir.resolve("z-good.txt").toString()), a.stream().map(Article::id).toList(), err());
        String e = err();
        assertTrue(e.contains("a-good.jsonl:2: not JSON"), e);
        assertTrue(e.contains("b-empty.html: empty file"), e);
        assertTrue(e.contains("c-binary.html: binary content"), e);
        assertTrue(e.contains("d-latin1.html: invalid UTF-8 (at byte 18)"), e);
        assertTrue(e.contains("e-broken.rss: malformed feed"), e);
        assertTrue(e.contains("f-nothing.html: no article text"), e);
        assertTrue(e.contains("g-broken.warc: record 1 at byte 0: malformed WARC"), e);
        assertTrue(e.contains("h-corrupt.txt.gz: unreadable file"), e);
        assertEquals(8, diag.total(), e);
        assertEquals(8, e.lines().count(), "one line per bad record: " + e);
        assertEquals(Map.of("binary content", 1L, "empty file", 1L, "invalid UTF-8", 1L, "malformed WARC", 1L,
            "malformed feed", 1L, "no article text", 1L, "not JSON", 1L, "unreadable file", 1L), diag.counts());
    }

    @Test
    void gigantic_decompressedPageIsRefusedWithoutReadingItAll() throws IOException {
        Path p = dir.resolve("bomb.html.gz");
        try (OutputStream z = new GZIPOutputStream(Files.newOutputStream(p))) {
            z.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 65; i++) {
                z.write(spaces);
            }
        }
        assertTrue(read(p.toString()).isEmpty());
        assertTrue(err().contains("bomb.html.gz: file too large (over 64 MB)"), err());
    }

    @Test
    void stdinIsSniffed() throws IOException {
        List<Article> a = read(new ByteArrayInputStream(resource("plain-page.htm")), "-");
        assertEquals(1, a.size(), err());
        assertEquals("Protesters clash with police", a.get(0).title());
    }

    @Test
    void totalBytesCountsFilesUnderDirectories() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[10]);
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/b.txt"), new byte[5]);
        assertEquals(15, SourceReader.totalBytes(List.of(dir.toString(), "-")));
    }

    @Test
    void meterSeesEveryRawByte() throws IOException {
        Path p = copy("feed.rss", "f.rss");
        long[] seen = {0};
        new SourceReader(diag, null, n -> seen[0] += n).read(p.toString(), null, x -> { });
        assertEquals(Files.size(p), seen[0]);
    }
}
