/**
 * Benchmarks run on demand ({@code vigie bench}): a generated corpus and the figures measured
 * on it. Never part of the test suite, so no test fails on a timing.
 */
package org.vigie.bench;
