/**
 * Parley: an engine for mediated, multi-party, multi-issue negotiation.
 *
 * <p>Packages: {@code outcome} (issues and outcomes), {@code preference} (utility functions, red
 * lines), {@code scenario} (the scenario file), {@code analysis} (agreement space and solutions).
 */
package io.parley;
