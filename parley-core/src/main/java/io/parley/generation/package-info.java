/**
 * Seeded random scenarios with a zone of agreement of a chosen size, for tests, benchmarks and
 * tournaments: {@link io.parley.generation.ScenarioGenerator} draws them as a {@link
 * io.parley.generation.GenerationSpec} describes.
 */
package io.parley.generation;
