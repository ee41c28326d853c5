package org.xxgk.cli.batch;

/** Tells the user how a batch is going; called from several threads at once. */
public interface Progress {

    void start(int total);

    /** A ZIP archive among the inputs turned out to hold this many more reports. */
    default void more(int reports) {
    }

    void done(Outcome outcome);

    void finish();

    /** For --quiet and single files: nothing (failures are told after the run). */
    static Progress silent() {
        return new Progress() {
            @Override
            public void start(int total) {
            }

            @Override
            public void done(Outcome outcome) {
            }

            @Override
            public void finish() {
            }
        };
    }
}
