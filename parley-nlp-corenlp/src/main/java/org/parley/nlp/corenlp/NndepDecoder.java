package org.parley.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A faster greedy decoder over a loaded CoreNLP neural dependency parser model (Chen &amp; Manning's
 * arc-standard parser). It runs the same transition system and the same feature extraction as
 * {@link DependencyParser#predict}, but scores transitions itself:
 *
 * <ul>
 *   <li>the first layer's weights are laid out so that one feature's contribution is a contiguous,
 *       vectorisable multiply-add over the hidden units;</li>
 *   <li>the model's pre-computed frequent features live in a flat, immutable table shared by all threads
 *       (CoreNLP keeps them in a boxed {@code HashMap<Integer,Integer>});</li>
 *   <li>the other features are cached in a per-call scratch object from a small pool, a direct-mapped
 *       array cache without locks (CoreNLP shares one synchronized LRU cache of 5,000 boxed entries between
 *       all threads, which was a third of the parser's time and its contention point);</li>
 *   <li>it returns head indices and relation labels directly, without building the five
 *       {@code SemanticGraph}s (basic, collapsed, CC-processed, enhanced, enhanced++) the annotator makes.</li>
 * </ul>
 *
 * <p>The network is the parser's own (48 embedded features, cube activation, greedy choice of the best
 * applicable transition), computed in float where CoreNLP accumulates in double, and scored as a
 * vectorisable multiply-add per hidden unit; on rare near-ties a transition can differ from the stock
 * parser's ({@code NndepDecoderIT} measures agreement: over 99.9% of tokens get the same head and label).
 *
 * <p>Reads three private fields of the CoreNLP parser by reflection; {@link #create} returns null when
 * that fails (another CoreNLP version), and callers then use {@link DependencyParser#predict}.
 *
 * <p>Thread-safe: the model tables are immutable after construction; each call borrows its own scratch.
 */
final class NndepDecoder {
    private static final int FEATURES = 48;
    private static final int CACHE_BITS = 13;

    private final DependencyParser parser;
    private final ParsingSystem system;
    private final String[] transitions;
    private final float[][] embeddings;
    private final float[][] w1t;
    private final float[] b1;
    private final float[][] w2t;
    private final int hidden;
    private final int emb;
    private final int[] preKeys;
    private final int preMask;
    private final float[][] preVals;
    private final ConcurrentLinkedQueue<Scratch> pool = new ConcurrentLinkedQueue<>();

    private NndepDecoder(DependencyParser parser, ParsingSystem system, List<String> transitions, Classifier c,
                         List<Integer> preComputed, int maxPreComputed) {
        this.parser = parser;
        this.system = system;
        this.transitions = transitions.toArray(new String[0]);
        this.embeddings = c.getE();
        this.b1 = c.getb1();
        float[][] w1 = c.getW1();
        float[][] w2 = c.getW2();
        this.hidden = w1.length;
        this.emb = embeddings[0].length;
        int nt = this.transitions.length;
        if (w1[0].length != FEATURES * emb || w2[0].length != hidden || w2.length != nt) {
            throw new IllegalStateException("unexpected nndep model shape");
        }
        // w1t[j * emb + k][i] = W1[i][j * emb + k]: a feature's contribution is a sum of whole rows
        // (every hot loop below runs over whole arrays from index 0, which C2 vectorises)
        this.w1t = new float[FEATURES * emb][hidden];
        for (int i = 0; i < hidden; i++) {
            float[] row = w1[i];
            for (int jk = 0; jk < FEATURES * emb; jk++) {
                w1t[jk][i] = row[jk];
            }
        }
        // w2t[i][t] = W2[t][i]: scoring is a multiply-add over transitions for each hidden unit
        this.w2t = new float[hidden][nt];
        for (int t = 0; t < nt; t++) {
            for (int i = 0; i < hidden; i++) {
                w2t[i][t] = w2[t][i];
            }
        }
        // shared table of pre-computed contributions of the model's most frequent features
        int n = preComputed == null ? 0 : Math.min(maxPreComputed, preComputed.size());
        int size = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        this.preKeys = new int[size];
        Arrays.fill(preKeys, -1);
        this.preMask = size - 1;
        this.preVals = new float[size][];
        for (int p = 0; p < n; p++) {
            int key = preComputed.get(p);
            int slot = mix(key) & preMask;
            while (preKeys[slot] != -1 && preKeys[slot] != key) {
                slot = (slot + 1) & preMask;
            }
            if (preKeys[slot] == -1) {
                preKeys[slot] = key;
                preVals[slot] = new float[hidden];
                contribution(key / FEATURES, key % FEATURES, preVals[slot]);
            }
        }
    }

    /**
     * A decoder over {@code parser}'s model, or null when this CoreNLP version's internals do not fit.
     *
     * @param maxPreComputed how many of the model's frequent features to pre-compute (each costs
     *                       {@code 4 × hidden} bytes: 4 KB for the English UD model)
     */
    @SuppressWarnings("unchecked")
    static NndepDecoder create(DependencyParser parser, int maxPreComputed) {
        try {
            Classifier c = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            ParsingSystem system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
            if (!(system instanceof ArcStandard)) {
                return null;
            }
            List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            List<Integer> pre = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
            return new NndepDecoder(parser, system, transitions, c, pre, maxPreComputed);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /** out[i] = sum_k W1[i][j*emb + k] * E[tok][k]. */
    private void contribution(int tok, int j, float[] out) {
        Arrays.fill(out, 0f);
        float[] e = embeddings[tok];
        int base = j * emb;
        for (int k = 0; k < emb; k++) {
            float ek = e[k];
            float[] w = w1t[base + k];
            for (int i = 0; i < out.length; i++) {
                out[i] += ek * w[i];
            }
        }
    }

    /**
     * Parses one sentence (its tokens must carry words and POS tags).
     *
     * @param heads  receives the 0-based head of each token, -1 for the root
     * @param labels receives each token's relation ({@code root} for the root)
     */
    void parse(CoreMap sentence, int[] heads, String[] labels) {
        Scratch s = pool.poll();
        if (s == null) {
            s = new Scratch(hidden, transitions.length);
        }
        try {
            Configuration c = system.initialConfiguration(sentence);
            float[] h = s.hidden;
            float[] scores = s.scores;
            int nt = transitions.length;
            while (c.getStackSize() != 1 || c.getBufferSize() != 0) { // ArcStandard.isTerminal
                List<Integer> f = parser.getFeatures(c);
                System.arraycopy(b1, 0, h, 0, hidden);
                for (int j = 0; j < FEATURES; j++) {
                    int key = f.get(j) * FEATURES + j;
                    float[] vals;
                    int slot = mix(key) & preMask;
                    while (preKeys[slot] != -1 && preKeys[slot] != key) {
                        slot = (slot + 1) & preMask;
                    }
                    if (preKeys[slot] == key) {
                        vals = preVals[slot];
                    } else {
                        int cs = mix(key) & (Scratch.SLOTS - 1);
                        vals = s.vals[cs];
                        if (s.keys[cs] != key) {
                            contribution(key / FEATURES, j, vals);
                            s.keys[cs] = key;
                        }
                    }
                    for (int i = 0; i < h.length; i++) {
                        h[i] += vals[i];
                    }
                }
                Arrays.fill(scores, 0f);
                for (int i = 0; i < hidden; i++) {
                    float x = h[i];
                    float cube = x * x * x;
                    float[] row = w2t[i];
                    for (int t = 0; t < scores.length; t++) {
                        scores[t] += row[t] * cube;
                    }
                }
                String best = null;
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int t = 0; t < nt; t++) {
                    if (scores[t] > bestScore && system.canApply(c, transitions[t])) {
                        bestScore = scores[t];
                        best = transitions[t];
                    }
                }
                system.apply(c, best);
            }
            int n = heads.length;
            for (int i = 1; i <= n; i++) {
                heads[i - 1] = c.getHead(i) - 1;
                labels[i - 1] = c.getLabel(i);
            }
        } finally {
            pool.offer(s);
        }
    }

    /** Per-call working memory: the hidden layer and a direct-mapped cache of feature contributions. */
    private static final class Scratch {
        static final int SLOTS = 1 << CACHE_BITS;
        final int[] keys = new int[SLOTS];
        final float[][] vals;
        final float[] hidden;
        final float[] scores;

        Scratch(int hidden, int transitions) {
            Arrays.fill(keys, -1);
            this.vals = new float[SLOTS][hidden];
            this.hidden = new float[hidden];
            this.scores = new float[transitions];
        }
    }
}
