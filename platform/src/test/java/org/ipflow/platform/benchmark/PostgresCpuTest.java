package org.ipflow.platform.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresCpuTest {

  @TempDir Path dir;

  @Test
  void countsThePostmasterItsReapedChildrenAndTheProcessesItRunsNow() throws IOException {
    Path proc = Files.createDirectories(dir.resolve("proc"));
    Path pidFile = dir.resolve("postmaster.pid");
    Files.writeString(pidFile, "100\n/var/lib/postgres/data\n1732500000\n5432\n");
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    // cutime cstime ...
    process(proc, 100, "(postgres)", 1, 5, 7, 300, 400);
    process(proc, 101, "(postgres: ipflow it_1 (127.0.0.1) idle)", 100, 20, 30, 1, 1);
    process(proc, 102, "(postgres: checkpointer )", 100, 2, 3, 0, 0);
    process(proc, 103, "(java)", 1, 9000, 9000, 0, 0);
    Files.createDirectories(proc.resolve("self"));

    assertThat(PostgresCpu.of(proc, pidFile).nanos())
        .hasValue((5 + 7 + 300 + 400 + 20 + 30 + 2 + 3) * 10_000_000L);
  }

  @Test
  void isAbsentWhenTheServerCannotBeFound() throws IOException {
    Path proc = Files.createDirectories(dir.resolve("proc"));
    assertThat(PostgresCpu.of(proc, dir.resolve("postmaster.pid")).nanos()).isEmpty();

    Path pidFile = dir.resolve("postmaster.pid");
    Files.writeString(pidFile, "4242\n");
    assertThat(PostgresCpu.of(proc, pidFile).nanos()).isEmpty();
  }

  private static void process(
      Path proc, int pid, String comm, int ppid, long utime, long stime, long cutime, long cstime)
      throws IOException {
    Path dir = Files.createDirectories(proc.resolve(Integer.toString(pid)));
    Files.writeString(
        dir.resolve("stat"),
        pid
            + " "
            + comm
            + " S "
            + ppid
            + " 1 1 0 -1 4194560 100 0 0 0 "
            + utime
            + " "
            + stime
            + " "
            + cutime
            + " "
            + cstime
            + " 20 0 1 0 12345 1000000 200 18446744073709551615\n");
  }
}
