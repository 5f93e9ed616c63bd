package org.vigie.api;

import java.nio.file.Path;

/**
 * How to run the server.
 *
 * @param store the DuckDB store file, opened read-only
 * @param host the address to bind; loopback unless the user asks otherwise
 * @param port the TCP port; 0 takes a free one
 * @param corsOrigin the one origin allowed to call the API from another site, or null for none
 *     (no CORS header at all)
 * @param cacheMegabytes memory for answers already computed (the store is read-only, so they stay
 *     true); 0 computes every answer afresh
 */
public record ApiConfig(Path store, String host, int port, String corsOrigin, int cacheMegabytes) {

  public static final int DEFAULT_CACHE_MB = 64;

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  public ApiConfig {
    if (store == null) {
      throw new IllegalArgumentException("store file is required");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
    }
    if (cacheMegabytes < 0) {
      throw new IllegalArgumentException("cache size must be >= 0, not " + cacheMegabytes);
    }
  }

  public ApiConfig(Path store, String host, int port, String corsOrigin) {
    this(store, host, port, corsOrigin, DEFAULT_CACHE_MB);
  }

  /** The same server without an answer cache. */
  public ApiConfig withoutCache() {
    return new ApiConfig(store, host, port, corsOrigin, 0);
  }

  /** A server for {@code store} on loopback, on a free port (tests, benchmarks). */
  public static ApiConfig loopback(Path store) {
    return new ApiConfig(store, DEFAULT_HOST, 0, null);
  }
}
