package org.parley.sources;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FormatTest {
    @Test
    void namesAnnounceFormats() {
        assertEquals(Format.JSONL, Format.fromName("dir/news.ndjson"));
        assertEquals(Format.HTML, Format.fromName("Page.HTM"));
        assertEquals(Format.FEED, Format.fromName("x.atom"));
        assertEquals(Format.WARC, Format.fromName("CC-NEWS-2019.warc"));
        assertEquals(Format.WARC, Format.fromName("x.wet"));
        assertNull(Format.fromName("README"));
        assertEquals("a.warc", Compression.GZIP.strip("a.warc.gz"));
        assertEquals("a.txt", Compression.BZIP2.strip("a.txt.bz2"));
    }

    @Test
    void contentTellsTheRest() {
        assertEquals(Format.WARC, sniff("WARC/1.1\r\nWARC-Type: warcinfo"));
        assertEquals(Format.JSONL, sniff("\uFEFF  {\"id\": 1}"));
        assertEquals(Format.FEED, sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
        assertEquals(Format.FEED, sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(Format.HTML, sniff("<!DOCTYPE html><html>"));
        assertEquals(Format.TEXT, sniff("Troops withdrew."));
    }

    private static Format sniff(String s) {
        return Format.sniff(s.getBytes(StandardCharsets.UTF_8));
    }
}
