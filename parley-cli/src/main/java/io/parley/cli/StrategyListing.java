package io.parley.cli;

import io.parley.catalog.CatalogEntry;
import io.parley.catalog.Kind;
import io.parley.catalog.Parameter;
import io.parley.plugin.PluginAgents;
import io.parley.strategy.Strategies;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code parley run --strategies} prints: the catalog, grouped by kind, each entry with its
 * one-line description and its parameters with their defaults.
 */
final class StrategyListing {
  private StrategyListing() {}

  /** Prints the catalog to {@code out} and flushes it. */
  static void print(PrintWriter out) {
    out.println(
        "Name a strategy as NAME or NAME(key=value, ...); a value may itself be a component,");
    out.println(
        "e.g. boa(bidding=time-dependent(e=0.2), model=frequency, accept=ac-combi(t=0.98)).");
    List<CatalogEntry> catalog = Strategies.catalog();
    for (Kind kind : Kind.values()) {
      out.println();
      out.println(heading(kind));
      for (CatalogEntry entry : catalog) {
        if (entry.kind() != kind) {
          continue;
        }
        out.println("  " + entry.name() + "  " + entry.description());
        for (Parameter parameter : entry.parameters()) {
          out.println("      " + parameter.withDefault() + "  " + parameter.description());
        }
      }
      printPlugins(out, kind);
    }
    out.flush();
  }

  /** The names published by plug-in jars on the agent path in use, after the shipped ones. */
  private static void printPlugins(PrintWriter out, Kind kind) {
    PluginAgents plugins = Strategies.plugins();
    List<String> names =
        switch (kind) {
          case NEGOTIATOR -> plugins.negotiatorNames();
          case MEDIATOR -> plugins.mediatorNames();
          default -> List.of();
        };
    for (String name : names) {
      out.println("  " + name + "  " + plugins.description(name).orElse("") + " (plug-in)");
    }
  }

  private static String heading(Kind kind) {
    return switch (kind) {
      case NEGOTIATOR -> "Negotiators (--negotiator PARTY=SPEC):";
      case MEDIATOR -> "Mediators (--mediator SPEC):";
      case BIDDING -> "Bidding strategies (boa(bidding=...)):";
      case OPPONENT_MODEL -> "Opponent models (boa(model=...)):";
      case ACCEPTANCE -> "Acceptance strategies (boa(accept=...)):";
    };
  }
}
