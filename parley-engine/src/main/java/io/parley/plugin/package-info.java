/**
 * Plug-in agents: negotiators and mediators that are not compiled into Parley.
 *
 * <p>{@link io.parley.plugin.PluginAgents} resolves three kinds of names for {@link
 * io.parley.strategy.Strategies}: {@code class:NAME} (a class from the agent path or the
 * classpath), names published by an {@link io.parley.plugin.AgentProvider} through {@link
 * java.util.ServiceLoader}, and {@code process:COMMAND} — a {@link
 * io.parley.plugin.ProcessNegotiator}, an agent in any language run as a child process speaking the
 * newline-delimited JSON protocol of docs/plugin-protocol.md. A process agent that crashes, hangs,
 * answers garbage or breaks the protocol raises an {@link io.parley.negotiator.AgentFailure} of the
 * matching {@link io.parley.event.FaultKind}, so the mechanism isolates it like a faulty built-in
 * agent; its child process is always killed and reaped.
 */
package io.parley.plugin;
