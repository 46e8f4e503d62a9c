package org.parley.sources;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Compression of an input file, told by its magic bytes, never by its name alone. */
public enum Compression {
    NONE(""),
    GZIP(".gz"),
    BZIP2(".bz2");

    private final String suffix;

    Compression(String suffix) {
        this.suffix = suffix;
    }

    public static Compression detect(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (head.length >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9') {
            return BZIP2;
        }
        return NONE;
    }

    /** The name without this compression's usual suffix ({@code .gz}, {@code .gzip}, {@code .bz2}, {@code .bzip2}). */
    public String strip(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        for (String s : this == GZIP ? new String[] {".gz", ".gzip"} : this == BZIP2 ? new String[] {".bz2", ".bzip2"}
            : new String[0]) {
            if (l.endsWith(s)) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return name;
    }

    /** A decompressing stream over {@code in} (concatenated members are read through). */
    public InputStream open(InputStream in) throws IOException {
        switch (this) {
            case GZIP:
                return new GZIPInputStream(in, 1 << 16);
            case BZIP2:
                return new BZip2CompressorInputStream(in, true);
            default:
                return in;
        }
    }

    /** Up to {@code max} decompressed bytes from the start of {@code head}; fewer when the head is cut short. */
    public byte[] peek(byte[] head, int max) {
        if (this == NONE) {
            return head;
        }
        try (InputStream in = open(new ByteArrayInputStream(head))) {
            byte[] buf = new byte[max];
            int n = 0;
            try {
                while (n < max) {
                    int r = in.read(buf, n, max - n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
            } catch (IOException e) {
                // the head ends inside a compressed block: keep what was decoded
            }
            return java.util.Arrays.copyOf(buf, n);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Override
    public String toString() {
        return suffix.isEmpty() ? "none" : suffix.substring(1);
    }
}
