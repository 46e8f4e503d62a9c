package org.parley.cli;

import picocli.CommandLine;

/**
 * The real command line, run in a child JVM by {@link KillResumeIT}, announcing each batch's
 * transaction on stdout ({@code POINT in-txn 3}, {@code POINT committed 3}) and pausing there for
 * {@code PARLEY_TEST_PAUSE_MS} when the point is {@code PARLEY_TEST_PAUSE_AT}, so that the parent can
 * kill it at that exact point.
 */
public final class KillableIngest {
    private KillableIngest() {
    }

    public static void main(String[] args) {
        long pause = Long.parseLong(System.getenv().getOrDefault("PARLEY_TEST_PAUSE_MS", "0"));
        String pauseAt = System.getenv().getOrDefault("PARLEY_TEST_PAUSE_AT", "");
        IngestObserver observer = new IngestObserver() {
            @Override
            public void inTransaction(int batch) {
                point("in-txn " + batch);
            }

            @Override
            public void committed(int batch) {
                point("committed " + batch);
            }

            private void point(String what) {
                System.out.println("POINT " + what);
                System.out.flush();
                if (pause > 0 && what.equals(pauseAt)) {
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == IngestCommand.class) {
                    return (K) new IngestCommand(observer);
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        System.exit(Main.commandLine(factory).execute(args));
    }
}
