package dev.berth.analysis;

import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import java.util.List;
import java.util.Optional;

/**
 * A workload on one machine in its modelled form beside the other form on the same machine.
 *
 * @param instances how many instances of it run on the machine
 * @param alternative the other form, when it is possible at all
 * @param obstacles why the other form is impossible (empty when it is possible)
 * @param switchForm whether the analysis recommends the other form
 * @param reasons why it recommends what it recommends
 */
public record Comparison(Element workload, Machine machine, int instances, Footprint current,
		Optional<Footprint> alternative, List<String> obstacles, boolean switchForm, List<String> reasons) {

	/** The recommendation in a few words, such as {@code keep the vm} or {@code make it a container}. */
	public String recommendation() {
		String other = current.form().equals("vm") ? "container" : "vm";
		return switchForm ? "make it a " + other : "keep the " + current.form();
	}
}
