package org.parley.text;

/**
 * Linguistic analysis behind an interface, so that no NLP library type leaks into the coder.
 *
 * <p>Implementations load their models once, at construction, and are safe to call from several
 * threads at once. {@link #analyze} never throws on odd input: text with no words yields no
 * sentences.
 */
public interface NlpEngine {

    /**
     * Tokenises, splits, tags and lemmatises {@code text}; runs NER and dependency parsing on each
     * sentence {@code selector} accepts and that is no longer than the engine's length cap.
     */
    AnalyzedText analyze(String text, SentenceSelector selector);

    /** A short description of the models and settings, for {@code --explain} and benchmarks. */
    String describe();
}
