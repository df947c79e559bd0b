package dev.berth.model;

import dev.berth.berth.Machine;

/**
 * The instances of a container on one of its machines. Replica {@code first} of the container is
 * the first of them, so the i-th instance on this machine (from 0) is replica {@code first + i}.
 */
public record Placement(Machine machine, int instances, int first) {
}
