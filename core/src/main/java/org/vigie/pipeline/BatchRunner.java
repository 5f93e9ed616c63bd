package org.vigie.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigie.model.Article;

/**
 * Runs the pipeline over many articles on several threads and hands the results back in input
 * order. A failure on one article is handed back as such; the batch goes on.
 */
public final class BatchRunner {

  /** What happened to one article. */
  public sealed interface Outcome permits Done, Failed {
    Article article();
  }

  /** The article was processed. */
  public record Done(Article article, DocumentResult result) implements Outcome {}

  /** The article could not be processed; {@code stage} says where. */
  public record Failed(Article article, String stage, Exception error) implements Outcome {}

  /** Receives outcomes in input order. */
  @FunctionalInterface
  public interface Sink {
    void accept(Outcome outcome);
  }

  private final ArticleProcessor pipeline;
  private final int threads;

  public BatchRunner(ArticleProcessor pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
  }

  public void run(Iterator<Article> articles, Sink sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vigie-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      while (articles.hasNext()) {
        Article a = articles.next();
        window.add(pool.submit(() -> process(a)));
        if (window.size() >= threads * 4) {
          sink.accept(take(window));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(take(window));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome process(Article a) {
    try {
      return new Done(a, pipeline.process(a));
    } catch (UnsupportedLanguageException e) {
      return new Failed(a, "language", e);
    } catch (RuntimeException | StackOverflowError e) {
      return new Failed(a, "pipeline", e instanceof RuntimeException r ? r : new RuntimeException(e));
    }
  }

  private static Outcome take(Deque<Future<Outcome>> window) {
    try {
      return window.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
