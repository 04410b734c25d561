package io.parley.live.events;

import io.parley.scenario.Role;

/**
 * A seat at a live negotiation: a participant of the scenario (or the mediator the server adds when
 * the scenario names none).
 */
public record Participant(String id, String name, Role role) {}
