/**
 * Makes large, realistic canvases from a seed, for benchmarks, load tests and demonstrations
 * ({@code toile generate}). Plain Java on the model; the same seed always gives the same canvas.
 */
package app.toile.generate;
