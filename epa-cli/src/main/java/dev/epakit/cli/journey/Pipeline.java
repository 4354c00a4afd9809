package dev.epakit.cli.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works on items in batches on worker threads while the calling thread keeps reading, and hands
 * the result of each batch on in input order on one thread. Memory stays bounded: at most a few
 * batches are in flight. With one thread, the same batches are worked on and handed on by the
 * calling thread, so the results are the same whatever the number of threads.
 *
 * @param <T> what is read
 * @param <R> what the work on one batch gives
 */
final class Pipeline<T, R> implements AutoCloseable {

  /** Items in a batch. */
  static final int BATCH = 512;

  private final Function<List<T>, R> work;
  private final Consumer<R> sink;
  private final ExecutorService workers;
  private final BlockingQueue<Future<R>> inFlight;
  private final Thread drainer;
  private final CompletableFuture<Void> drained = new CompletableFuture<>();
  private List<T> batch = new ArrayList<>(BATCH);
  private boolean failed; // a failure was thrown to the caller: close quietly

  private static final Future<Object> END = CompletableFuture.completedFuture(null);

  /**
   * Starts a pipeline.
   *
   * @param threads worker threads; 1 or fewer works on the calling thread
   * @param work the work for one batch, in input order (run on any thread)
   * @param sink receives the result of each batch in input order (on one thread)
   */
  Pipeline(int threads, Function<List<T>, R> work, Consumer<R> sink) {
    this.work = work;
    this.sink = sink;
    if (threads <= 1) {
      workers = null;
      inFlight = null;
      drainer = null;
      return;
    }
    workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "epa-check");
      t.setDaemon(true);
      return t;
    });
    inFlight = new ArrayBlockingQueue<>(threads * 4);
    drainer = new Thread(this::drain, "epa-output");
    drainer.setDaemon(true);
    drainer.start();
  }

  /** Adds an item; blocks while too many batches are in flight. */
  void add(T item) {
    batch.add(item);
    if (batch.size() == BATCH) {
      submit();
    }
  }

  private void submit() {
    List<T> items = batch;
    batch = new ArrayList<>(BATCH);
    if (workers == null) {
      try {
        sink.accept(work.apply(items));
      } catch (RuntimeException e) {
        failed = true;
        throw e;
      }
      return;
    }
    Future<R> f;
    try {
      f = workers.submit(() -> work.apply(items));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      rethrowFailure(); // the workers were stopped by a failure: that failure is the news
      throw e;
    }
    put(f);
  }

  /** Throws the failure of the work or the sink, if there was one. */
  private void rethrowFailure() {
    if (drained.isCompletedExceptionally()) {
      failed = true;
      try {
        drained.join();
      } catch (java.util.concurrent.CompletionException e) {
        Throwable cause = e.getCause();
        throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
      }
    }
  }

  private void put(Future<R> f) {
    try {
      while (!inFlight.offer(f, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        rethrowFailure();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @SuppressWarnings("unchecked")
  private void drain() {
    try {
      while (true) {
        Future<R> f = inFlight.take();
        if (f == (Object) END) {
          break;
        }
        sink.accept(f.get());
      }
      drained.complete(null);
    } catch (InterruptedException e) {
      drained.completeExceptionally(e);
    } catch (ExecutionException e) {
      drained.completeExceptionally(e.getCause());
      workers.shutdownNow();
      inFlight.clear();
    } catch (RuntimeException e) {
      drained.completeExceptionally(e);
      workers.shutdownNow();
      inFlight.clear();
    }
  }

  /** Waits for every result to be handed on; rethrows a failure of the work or the sink. */
  @Override
  @SuppressWarnings("unchecked")
  public void close() {
    if (failed) {
      if (workers != null) {
        workers.shutdownNow();
      }
      return;
    }
    if (workers == null) {
      if (!batch.isEmpty()) {
        submit();
      }
      return;
    }
    try {
      if (!batch.isEmpty()) {
        submit();
      }
      put((Future<R>) (Future<?>) END);
      drained.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    } finally {
      workers.shutdownNow();
    }
  }
}
