package org.parley.store;

import org.parley.ParleyException;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A short hash of everything that decides what the coder codes: the built-in data files (every
 * resource under {@code parley/} on the class path: actors, lexicon, gazetteers, …), the user's extra
 * actor and lexicon files, and the coder settings. An article stored by another coder is coded again
 * when it is seen again; one stored by the same coder is left alone. Thread-safe (stateless).
 */
public final class CoderFingerprint {
    private static final String ROOT = "parley/";

    private CoderFingerprint() {
    }

    /**
     * @param userFiles extra data files given by the user (actors, lexicon)
     * @param settings  a stable text form of the coder settings (a record's {@code toString} will do)
     * @throws ParleyException when a file cannot be read
     */
    public static String of(List<Path> userFiles, String settings) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        TreeMap<String, byte[]> builtIn = builtInResources();
        for (var e : builtIn.entrySet()) {
            md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(e.getValue());
        }
        for (Path f : userFiles) {
            try {
                md.update(("user:" + f.getFileName()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new ParleyException(f + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        md.update(("settings:" + settings).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    private static TreeMap<String, byte[]> builtInResources() {
        TreeMap<String, byte[]> out = new TreeMap<>();
        ClassLoader cl = CoderFingerprint.class.getClassLoader();
        try {
            Enumeration<URL> roots = cl.getResources(ROOT);
            List<URL> list = new ArrayList<>();
            while (roots.hasMoreElements()) {
                list.add(roots.nextElement());
            }
            for (URL u : list) {
                if (u.getProtocol().equals("file")) {
                    Path dir = Path.of(u.toURI());
                    try (Stream<Path> w = Files.walk(dir)) {
                        for (Path f : (Iterable<Path>) w.filter(Files::isRegularFile)::iterator) {
                            out.put(ROOT + dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                        }
                    }
                } else if (u.getProtocol().equals("jar")) {
                    JarURLConnection c = (JarURLConnection) u.openConnection();
                    c.setUseCaches(false);
                    try (JarFile jar = c.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            JarEntry e = entries.nextElement();
                            if (!e.isDirectory() && e.getName().startsWith(ROOT)) {
                                try (InputStream in = jar.getInputStream(e)) {
                                    out.put(e.getName(), in.readAllBytes());
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new ParleyException("cannot read the built-in data files (" + e.getMessage() + ")", e);
        }
        return out;
    }
}
