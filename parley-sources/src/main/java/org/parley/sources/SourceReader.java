package org.parley.sources;

import org.parley.io.ArticleReader;
import org.parley.io.Diagnostics;
import org.parley.model.Article;
import org.parley.sources.feed.FeedArticles;
import org.parley.sources.html.HtmlExtractor;
import org.parley.sources.html.Page;
import org.parley.sources.warc.WarcArticles;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The one reader the command line uses: files, directories (walked in name order, hidden files
 * skipped) and standard input ({@code -}), in any {@link Format}, plain or gzip/bzip2-compressed.
 * Compression is told by magic bytes; the format by the file name once the compression suffix is
 * removed, else by sniffing the decompressed content. Plain text and JSONL go to the core
 * {@link ArticleReader}; HTML pages to {@link HtmlExtractor}; feeds to {@link FeedArticles}; WARC to
 * {@link WarcArticles}.
 *
 * <p>Bad input (empty, binary, invalid UTF-8, malformed JSON/feed/WARC, no article text, over
 * {@link ArticleReader#MAX_RECORD_BYTES}) is reported to {@link Diagnostics} as one line naming the
 * file and record, counted, and skipped; the rest of the file and of the batch is still read. Not
 * thread-safe; use one per thread.
 */
public final class SourceReader {
    private static final int SNIFF_BYTES = 1 << 16;

    private final Diagnostics diagnostics;
    private final LocalDate defaultDate;
    private final LongConsumer meter;
    private final ArticleReader textReader;
    private long ignored;

    /**
     * @param defaultDate publication date for articles whose source gives none, or null
     */
    public SourceReader(Diagnostics diagnostics, LocalDate defaultDate) {
        this(diagnostics, defaultDate, n -> { });
    }

    /**
     * @param meter told the number of raw input bytes consumed, as they are read (for progress)
     */
    public SourceReader(Diagnostics diagnostics, LocalDate defaultDate, LongConsumer meter) {
        this.diagnostics = diagnostics;
        this.defaultDate = defaultDate;
        this.meter = meter;
        this.textReader = new ArticleReader(diagnostics, defaultDate);
    }

    /** Archive records passed over because they hold no article (requests, images, redirects, …). */
    public long ignored() {
        return ignored;
    }

    /** Total size in bytes of the files that {@code inputs} name (directories walked); stdin counts 0. */
    public static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String in : inputs) {
            if (in.equals("-")) {
                continue;
            }
            for (Path f : files(Path.of(in))) {
                try {
                    total += Files.size(f);
                } catch (IOException e) {
                    // reported when read
                }
            }
        }
        return total;
    }

    /** Reads every article of {@code input} ("-" for {@code stdin}, a file, or a directory) into {@code sink}. */
    public void read(String input, InputStream stdin, Consumer<Article> sink) {
        if (input.equals("-")) {
            try {
                readStream("-", new CountingInputStream(stdin, meter), sink);
            } catch (IOException | UncheckedIOException e) {
                diagnostics.report("-", "unreadable input", message(e));
            }
            return;
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            List<Path> all;
            try {
                all = walk(p);
            } catch (IOException | UncheckedIOException e) {
                diagnostics.report(input, "unreadable directory", message(e));
                return;
            }
            for (Path f : all) {
                readFile(f.toString(), f, sink);
            }
            return;
        }
        readFile(input, p, sink);
    }

    private static List<Path> files(Path p) {
        if (!Files.isDirectory(p)) {
            return Files.isRegularFile(p) ? List.of(p) : List.of();
        }
        try {
            return walk(p);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static List<Path> walk(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> w = Files.walk(dir)) {
            w.filter(f -> !hidden(dir, f)).filter(Files::isRegularFile).sorted().forEach(out::add);
        }
        return out;
    }

    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(String name, Path p, Consumer<Article> sink) {
        if (!Files.isRegularFile(p)) {
            diagnostics.report(name, "no such file", null);
            return;
        }
        try (InputStream raw = new CountingInputStream(Files.newInputStream(p), meter)) {
            readStream(name, raw, sink);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.report(name, "unreadable file", message(e));
        }
    }

    private void readStream(String name, InputStream raw, Consumer<Article> sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length == 0) {
            diagnostics.report(name, "empty file", null);
            return;
        }
        Compression c = Compression.detect(head);
        String inner = c.strip(name);
        Format f = Format.fromName(inner);
        byte[] innerHead = c.peek(head, 8192);
        if (f == null) {
            f = Format.sniff(innerHead);
        } else if (f == Format.FEED && Format.sniff(innerHead) == Format.HTML) {
            f = Format.HTML;
        }
        if (f != Format.WARC && f != Format.TEXT && f != Format.JSONL && looksBinary(innerHead)) {
            diagnostics.report(name, "binary content", "not a " + f.name().toLowerCase(java.util.Locale.ROOT) + " file");
            return;
        }
        switch (f) {
            case WARC -> readWarc(name, c == Compression.BZIP2 ? c.open(in) : in, sink);
            case TEXT, JSONL -> textReader.read(name, inner, c.open(in), f == Format.JSONL, sink);
            case HTML -> readHtml(name, inner, c.open(in), sink);
            case FEED -> readFeed(name, c.open(in), sink);
            default -> throw new IllegalStateException(f.name());
        }
    }

    private void readWarc(String name, InputStream in, Consumer<Article> sink) {
        WarcArticles w = new WarcArticles(diagnostics, defaultDate);
        w.read(name, in, sink);
        ignored += w.ignored();
    }

    private void readFeed(String name, InputStream in, Consumer<Article> sink) throws IOException {
        byte[] bytes = readAll(name, in);
        if (bytes != null) {
            new FeedArticles(diagnostics, defaultDate).read(name, bytes, sink);
        }
    }

    private void readHtml(String name, String id, InputStream in, Consumer<Article> sink) throws IOException {
        byte[] bytes = readAll(name, in);
        if (bytes == null) {
            return;
        }
        String html;
        try {
            html = TextDecoding.decode(bytes, null, false);
        } catch (TextDecoding.InvalidEncodingException e) {
            diagnostics.report(name, "invalid UTF-8", "at byte " + e.offset());
            return;
        }
        Page page = HtmlExtractor.extract(html, null);
        if (page.text().isBlank()) {
            diagnostics.report(name, "no article text", "no main text found in the page");
            return;
        }
        LocalDate date = page.date() != null ? page.date() : defaultDate;
        sink.accept(new Article(page.url() != null ? page.url() : id, page.title(), page.text(), date, page.outlet(),
            page.url()));
    }

    private byte[] readAll(String name, InputStream in) throws IOException {
        byte[] b = in.readNBytes(ArticleReader.MAX_RECORD_BYTES + 1);
        if (b.length > ArticleReader.MAX_RECORD_BYTES) {
            diagnostics.report(name, "file too large", "over " + (ArticleReader.MAX_RECORD_BYTES >> 20) + " MB");
            return null;
        }
        if (b.length == 0 || new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            diagnostics.report(name, "empty file", null);
            return null;
        }
        return b;
    }

    /** NUL bytes, or many control characters, in the first bytes. */
    static boolean looksBinary(byte[] b) {
        int control = 0;
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 9 || c > 13 && c < 32) {
                control++;
            }
        }
        return control > n / 20 + 1;
    }

    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
