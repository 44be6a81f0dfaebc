package org.ipflow.platform.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The CPU time the benchmark's PostgreSQL server has used: its postmaster and the processes it
 * started (backends, WAL writer, checkpointer, autovacuum), read from Linux's {@code /proc}. Half
 * of a filing's cost is there, out of sight of the JVM's own CPU figure. Where there is no {@code
 * /proc} (or the server runs elsewhere) the figure is absent, not zero.
 */
final class PostgresCpu {

  /** {@code /proc/<pid>/stat} counts in USER_HZ, 100 a second on Linux whatever the kernel's HZ. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private final Path proc;
  private final Path pidFile;

  private PostgresCpu(Path proc, Path pidFile) {
    this.proc = proc;
    this.pidFile = pidFile;
  }

  /** The server whose data directory is {@code dataDirectory}. */
  static PostgresCpu ofDataDirectory(Path dataDirectory) {
    return new PostgresCpu(Path.of("/proc"), dataDirectory.resolve("postmaster.pid"));
  }

  static PostgresCpu of(Path proc, Path pidFile) {
    return new PostgresCpu(proc, pidFile);
  }

  /**
   * CPU time so far: the postmaster's own, that of the processes it reaped (its children's
   * counters), and that of each process it runs now.
   */
  OptionalLong nanos() {
    try {
      long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      long[] own = stat(proc.resolve(Long.toString(postmaster)));
      if (own == null) {
        return OptionalLong.empty();
      }
      long ticks = own[1] + own[2] + own[3] + own[4];
      try (Stream<Path> processes = Files.list(proc)) {
        for (Path process : (Iterable<Path>) processes::iterator) {
          if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
            continue;
          }
          long[] child = stat(process);
          if (child != null && child[0] == postmaster) {
            ticks += child[1] + child[2];
          }
        }
      }
      return OptionalLong.of(ticks * NANOS_PER_TICK);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * The parent's pid, utime, stime, cutime and cstime of a process; {@code null} if it is gone. The
   * command name (field 2) may hold spaces and parentheses: the fields after it are counted from
   * its last {@code ')'}.
   */
  private static long[] stat(Path process) {
    String line;
    try {
      line = Files.readString(process.resolve("stat"));
    } catch (IOException e) {
      return null;
    }
    String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    // fields[0] is the state (field 3 of proc(5)): ppid is field 4, utime..cstime fields 14-17.
    return new long[] {
      Long.parseLong(fields[1]),
      Long.parseLong(fields[11]),
      Long.parseLong(fields[12]),
      Long.parseLong(fields[13]),
      Long.parseLong(fields[14])
    };
  }
}
