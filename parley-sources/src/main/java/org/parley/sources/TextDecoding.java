package org.parley.sources;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a page or feed into text. The charset comes from a byte-order mark, then the
 * transport (an HTTP {@code Content-Type}), then the document's own declaration ({@code <meta charset>},
 * {@code <?xml encoding?>}), else UTF-8. UTF-8 is decoded strictly: invalid bytes are an error naming
 * their position, never silently replaced. Thread-safe.
 */
public final class TextDecoding {
    private static final Pattern META_CHARSET = Pattern.compile(
        "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
        "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]{1,40})[\"']");

    /** Bytes that are not valid in the charset the document claims (or UTF-8). */
    public static final class InvalidEncodingException extends Exception {
        private final long offset;

        InvalidEncodingException(String charset, long offset) {
            super("invalid " + charset + " at byte " + offset);
            this.offset = offset;
        }

        public long offset() {
            return offset;
        }
    }

    private TextDecoding() {
    }

    /**
     * Decodes a document.
     *
     * @param transportCharset charset named by the transport (HTTP header), or null
     * @param xml              true to look for an XML declaration, false for an HTML meta tag
     */
    public static String decode(byte[] bytes, String transportCharset, boolean xml) throws InvalidEncodingException {
        int skip = 0;
        Charset cs = null;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (cs == null) {
            cs = charset(transportCharset);
        }
        if (cs == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher m = (xml ? XML_ENCODING : META_CHARSET).matcher(head);
            if (m.find()) {
                cs = charset(m.group(1));
            }
        }
        if (cs == null) {
            cs = StandardCharsets.UTF_8;
        }
        return decodeStrict(bytes, skip, cs);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // WHATWG: pages that say latin-1 mean windows-1252
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String decodeStrict(byte[] bytes, int skip, Charset cs) throws InvalidEncodingException {
        boolean strict = cs.equals(StandardCharsets.UTF_8);
        CharsetDecoder dec = cs.newDecoder()
            .onMalformedInput(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
            .onUnmappableCharacter(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return dec.decode(in).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer again = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
            CharsetDecoder d2 = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
            CoderResult r = d2.decode(again, CharBuffer.allocate(bytes.length + 1), true);
            throw new InvalidEncodingException(cs.name(), r.isError() ? again.position() : -1);
        }
    }
}
