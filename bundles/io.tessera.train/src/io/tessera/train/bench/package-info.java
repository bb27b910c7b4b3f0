/** Tessera-Bench: reads generated clips back and scores them against what their prompt asked for. */
package io.tessera.train.bench;
