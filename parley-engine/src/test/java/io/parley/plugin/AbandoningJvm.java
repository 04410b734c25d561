package io.parley.plugin;

import io.parley.strategy.Strategies;

/**
 * The main class of a child JVM for {@link ChildReapingTest}: starts a process agent that outlives
 * a closed standard input, prints the agent's pid, and exits without closing the agent.
 */
public final class AbandoningJvm {
  private AbandoningJvm() {}

  public static void main(String[] args) {
    var agent = (ProcessNegotiator) Strategies.negotiator(args[0], PluginAgents.classpath());
    System.out.println(agent.process().pid());
    System.out.flush();
    System.exit(0);
  }
}
