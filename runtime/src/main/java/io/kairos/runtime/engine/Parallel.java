package io.kairos.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed number of worker threads that run a range of work split into {@link #threads()}
 * contiguous parts. Callers make results independent of the split (per-index outputs, reductions
 * in index order), so that the thread count never changes a result.
 */
public final class Parallel implements AutoCloseable {
  /** Work on the part {@code [from, to)}, done by worker {@code worker}. */
  @FunctionalInterface
  public interface RangeTask {
    void run(int worker, int from, int to);
  }

  private final int threads;
  private final ExecutorService pool;

  public Parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "kairos-worker");
                t.setDaemon(true);
                return t;
              });
  }

  public int threads() {
    return threads;
  }

  /** Runs {@code task} over {@code [0, n)} split into at most {@link #threads()} parts; waits. */
  public void forRange(int n, RangeTask task) {
    int parts = Math.min(threads, n);
    if (parts <= 1) {
      if (n > 0) {
        task.run(0, 0, n);
      }
      return;
    }
    List<Future<?>> futures = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      int from = (int) ((long) n * p / parts);
      int to = (int) ((long) n * (p + 1) / parts);
      int worker = p;
      futures.add(pool.submit(() -> task.run(worker, from, to)));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) {
          throw re;
        }
        if (c instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(c);
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
