/**
 * Conflict stability in the Graph Model for Conflict Resolution (GMCR).
 *
 * <p>A conflict is written in option form (Fraser and Hipel 1984): decision makers hold yes/no
 * options, some combinations are infeasible, some options cannot be withdrawn (or taken) once
 * moved, and indistinguishable combinations are merged into one state. {@link GraphModel} turns it
 * into the graph model of Kilgour, Hipel and Fang (1987): the states, each decision maker's
 * unilateral moves and its preferences, given as a ranking with ties or as option-prioritisation
 * statements scored as in GMCR II (Fang, Hipel, Kilgour and Peng 2003). {@link StabilityAnalysis}
 * reports Nash stability, general metarationality (GMR), symmetric metarationality (SMR) and
 * sequential stability (SEQ) per decision maker as defined by Fang, Hipel and Kilgour (1993),
 * equilibria, and the same four concepts for coalitions (Kilgour, Hipel, Fang and Peng 2001;
 * Inohara and Hipel 2008). {@link StabilityReader} reads the stability file of {@code
 * docs/stability.md}; {@link StabilityJson} writes the result.
 */
package io.parley.stability;
