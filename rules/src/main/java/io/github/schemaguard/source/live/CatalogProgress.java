package io.github.schemaguard.source.live;

import java.util.Locale;
import java.util.function.Consumer;

/** Progress lines of a catalog crawl: what each query read and how long the crawl has taken so far. */
final class CatalogProgress {

    private final String database;
    private final Consumer<String> progress;
    private final long start = System.nanoTime();

    CatalogProgress(String database, Consumer<String> progress) {
        this.database = database;
        this.progress = progress;
    }

    void done(String what, int count) {
        progress.accept(String.format(Locale.ROOT, "%s catalog: %,d %s read (%.2f s)", database, count, what,
                (System.nanoTime() - start) / 1e9));
    }
}
