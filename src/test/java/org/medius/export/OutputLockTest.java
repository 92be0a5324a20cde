package org.medius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondRunOnTheSameOutputsIsRefusedAndTheLockFileGoesAtTheEnd() throws Exception {
        try (OutputLock first = OutputLock.acquire(dir, "walk", "the results of walk.mp4", "--out")) {
            assertTrue(Files.exists(dir.resolve("walk.medius-lock")));
            OutputFileException e = assertThrows(OutputFileException.class,
                    () -> OutputLock.acquire(dir, "walk", "the results of walk.mp4", "--out"));
            assertEquals("Cannot write " + dir + ": another Medius run is writing the results of walk.mp4 into this"
                    + " folder right now. Wait until it has finished, or choose another folder with --out.",
                    e.getMessage());
            // other outputs in the same folder are free
            OutputLock.acquire(dir, "run", "the results of run.mp4", "--out").close();
        }
        assertFalse(Files.exists(dir.resolve("walk.medius-lock")), "nothing left behind");
        OutputLock.acquire(dir, "walk", "the results of walk.mp4", "--out").close();
    }

    /** Another process holds the lock; killed with kill -9 it leaves its file, which does not block the next run. */
    @Test
    void anotherProcessBlocksUntilKilledAndItsLeftoverFileDoesNotBlock() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("locked", lines.readLine(), "the other process took the lock");
            OutputFileException e = assertThrows(OutputFileException.class,
                    () -> OutputLock.acquire(dir, "batch", "a batch", "--out"));
            assertTrue(e.getMessage().contains("another Medius run is writing a batch into this folder"),
                    e.getMessage());
        } finally {
            holder.destroyForcibly(); // SIGKILL: no shutdown hook, no close()
            assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(dir.resolve("batch.medius-lock")), "a killed run leaves its file");
        try (OutputLock next = OutputLock.acquire(dir, "batch", "a batch", "--out")) {
            assertEquals(List.of("batch.medius-lock"), Files.list(dir).map(p -> p.getFileName().toString())
                    .toList());
        }
        assertFalse(Files.exists(dir.resolve("batch.medius-lock")));
    }

    /** Run in another JVM by the test above: takes the lock, says so, and waits to be killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            OutputLock.acquire(Path.of(args[0]), "batch", "a batch", "--out");
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
