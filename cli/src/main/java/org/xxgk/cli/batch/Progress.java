package org.xxgk.cli.batch;

/** Tells the user how a batch is going; called from several threads at once. */
public interface Progress {

    void start(int total);

    /** A ZIP archive among the inputs turned out to hold this many more reports. */
    default void more(int reports) {
    }

    void done(Outcome outcome);

    void warn(String message);

    void finish();

    /** For --quiet: nothing but warnings. */
    static Progress silentExceptWarnings(java.io.PrintStream err) {
        return new Progress() {
            @Override
            public void start(int total) {
            }

            @Override
            public void done(Outcome outcome) {
            }

            @Override
            public synchronized void warn(String message) {
                err.println("xxgk: " + message);
            }

            @Override
            public void finish() {
            }
        };
    }
}
