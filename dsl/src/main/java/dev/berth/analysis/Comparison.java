package dev.berth.analysis;

import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.model.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A workload on one machine in its modelled form beside the other two forms on the same machine.
 *
 * @param instances how many instances of it run on the machine
 * @param alternatives the other forms that are possible there
 * @param obstacles why each other form that is impossible is so
 * @param recommended the form the analysis recommends instead, empty to keep the current one
 * @param reasons why it recommends what it recommends
 */
public record Comparison(Element workload, Machine machine, int instances, Footprint current,
		List<Footprint> alternatives, List<String> obstacles, Optional<Footprint> recommended, List<String> reasons) {

	/** Whether the analysis recommends another form. */
	public boolean switchForm() {
		return recommended.isPresent();
	}

	/** The footprint the machine carries with the recommendation taken. */
	public Footprint chosen() {
		return recommended.orElse(current);
	}

	/** Every possible form, the current one included, in the order VM, container, sandboxed container. */
	public List<Footprint> forms() {
		List<Footprint> forms = new ArrayList<>(alternatives);
		forms.add(current);
		forms.sort(Comparator.comparing(Footprint::form));
		return forms;
	}

	/** The possible form of a kind, if any. */
	public Optional<Footprint> form(Platform.Form form) {
		return forms().stream().filter(footprint -> footprint.form() == form).findFirst();
	}

	/** The recommendation in a few words, such as {@code keep the vm} or {@code make it a container}. */
	public String recommendation() {
		return recommended.map(footprint -> "make it a " + footprint.form().label())
				.orElse("keep the " + current.form().label());
	}
}
