package org.parley.details;

import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.pipeline.Parley;
import org.parley.pipeline.ParleyConfig;

import java.time.LocalDate;
import java.util.List;

/** One real Parley (CoreNLP models and gazetteer loaded once) per test JVM for the details tests. */
final class DetailsParley {
    private static volatile Parley instance;

    private DetailsParley() {
    }

    static Parley get() {
        if (instance == null) {
            synchronized (DetailsParley.class) {
                if (instance == null) {
                    instance = Parley.create(ParleyConfig.DEFAULT);
                }
            }
        }
        return instance;
    }

    static List<Event> code(String text, String date) {
        return get().code(new Article("t", null, text, LocalDate.parse(date), "Reuters", null)).events();
    }
}
