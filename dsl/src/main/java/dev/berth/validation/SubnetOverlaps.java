package dev.berth.validation;

import dev.berth.berth.Network;
import dev.berth.model.Cidr;
import dev.berth.model.Site;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds overlapping subnets in one sweep over the subnets sorted by their first address, not pair by pair. */
final class SubnetOverlaps {

	private record Entry(Network network, Cidr cidr, int order) {
	}

	private SubnetOverlaps() {
	}

	/** For each network that overlaps one declared before it, that earlier network. */
	static Map<Network, Network> find(Site site) {
		List<Entry> entries = site.networks().stream()
				.map(n -> Cidr.parse(n.getSubnet()).map(c -> new Entry(n, c, site.order(n))))
				.flatMap(Optional::stream)
				.sorted(Comparator.comparingInt((Entry e) -> e.cidr().network().bits())
						.thenComparing(e -> e.cidr().network().value()).thenComparingInt(Entry::order))
				.toList();
		Map<Network, Network> overlaps = new HashMap<>();
		Entry widest = null;
		for (Entry entry : entries) {
			if (widest != null && widest.cidr().overlaps(entry.cidr())) {
				Entry later = widest.order() > entry.order() ? widest : entry;
				Entry earlier = later == widest ? entry : widest;
				overlaps.putIfAbsent(later.network(), earlier.network());
			}
			if (widest == null || widest.cidr().network().bits() != entry.cidr().network().bits()
					|| entry.cidr().last().compareTo(widest.cidr().last()) > 0) {
				widest = entry;
			}
		}
		return overlaps;
	}
}
