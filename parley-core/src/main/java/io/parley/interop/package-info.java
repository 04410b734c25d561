/**
 * Reading and writing the scenario formats of the GENIUS / GeniusWeb ecosystem, reproducing the
 * numbers those platforms compute.
 *
 * <p>{@link io.parley.interop.ScenarioSource} turns file arguments (a Parley scenario, a GENIUS or
 * GeniusWeb directory, or a domain file followed by profile files) into an {@link
 * io.parley.interop.ImportedScenario}; {@link io.parley.interop.GeniusDomainReader}, {@link
 * io.parley.interop.GeniusProfileReader} and {@link io.parley.interop.GeniusWebReader} read the
 * formats; {@link io.parley.interop.ScenarioWriter}, {@link io.parley.interop.GeniusWriter} and
 * {@link io.parley.interop.GeniusWebWriter} write them. Every problem with an input file is a
 * {@link io.parley.scenario.ScenarioException} naming the file, the element and what was expected.
 * The semantic rules followed, with the platform code they reproduce, are in {@code
 * docs/interop.md}.
 */
package io.parley.interop;
