package dev.berth.generator;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** SnakeYAML's resolver, remembering the tag of each scalar, since the same keys and values recur in every file. */
final class RememberingResolver extends Resolver {

	/** How many tags it holds before it forgets them all; like the dumper that owns it, it serves one thread. */
	private static final int MOST = 8192;

	private final Map<String, Tag> implicitTags = new HashMap<>();

	@Override
	public Tag resolve(NodeId kind, String value, boolean implicit) {
		if (kind != NodeId.scalar || !implicit) {
			return super.resolve(kind, value, implicit);
		}
		Tag tag = implicitTags.get(value);
		if (tag == null) {
			if (implicitTags.size() >= MOST) {
				implicitTags.clear();
			}
			tag = super.resolve(kind, value, true);
			implicitTags.put(value, tag);
		}
		return tag;
	}
}
