package org.parley.pipeline;

import org.parley.nlp.corenlp.CoreNlpSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything needed to build a {@link Parley} instance.
 *
 * @param actorFiles   user actor files added to the built-in knowledge base
 * @param lexiconFiles user predicate files added to the built-in lexicon
 * @param coder        article-coder settings
 * @param nlp          CoreNLP adapter settings
 */
public record ParleyConfig(List<Path> actorFiles, List<Path> lexiconFiles, CoderSettings coder, CoreNlpSettings nlp) {
    public static final ParleyConfig DEFAULT = new ParleyConfig(List.of(), List.of(), CoderSettings.DEFAULT,
        CoreNlpSettings.DEFAULT);

    public ParleyConfig {
        actorFiles = List.copyOf(actorFiles);
        lexiconFiles = List.copyOf(lexiconFiles);
    }

}
