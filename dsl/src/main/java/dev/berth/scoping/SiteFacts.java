package dev.berth.scoping;

import com.google.common.hash.Hashing;
import dev.berth.berth.BerthPackage.Literals;
import dev.berth.berth.Deployment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A digest of what other files' checks can read of an element: everything it declares except the
 * container properties that only its own checks read (image, user, environment, labels and the
 * like). For a deployment, its imports and its unnamed elements.
 */
public final class SiteFacts {

	/** The user-data key under which an exported element carries its digest. */
	public static final String KEY = "siteFacts";

	private static final Set<EStructuralFeature> OWN_ONLY = Set.of(Literals.CONTAINER__IMAGE, Literals.CONTAINER__USER,
			Literals.CONTAINER__ENV, Literals.CONTAINER__LABELS, Literals.CONTAINER__COMMAND,
			Literals.CONTAINER__ENTRYPOINT, Literals.CONTAINER__WORKDIR, Literals.CONTAINER__HOSTNAME,
			Literals.CONTAINER__VOLUMES, Literals.CONTAINER__TMPFS, Literals.CONTAINER__BUILD_ARGS,
			Literals.DEPLOYMENT__ELEMENTS);

	private SiteFacts() {
	}

	/** The digest of an element, or of a deployment's imports and unnamed elements. */
	public static String of(EObject object) {
		StringBuilder facts = new StringBuilder();
		append(object, facts);
		if (object instanceof Deployment deployment) {
			deployment.getElements().stream().filter(element -> element.getName() == null)
					.forEach(element -> append(element, facts));
		}
		return Hashing.murmur3_128().hashString(facts, StandardCharsets.UTF_8).toString();
	}

	private static void append(EObject object, StringBuilder facts) {
		facts.append(object.eClass().getName()).append('{');
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (OWN_ONLY.contains(feature) || !object.eIsSet(feature)) {
				continue;
			}
			facts.append(feature.getName()).append('=');
			if (feature instanceof EReference reference && reference.isContainment()) {
				children(object, reference).forEach(child -> append(child, facts));
			} else if (feature instanceof EReference) {
				for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
					facts.append(NodeModelUtils.getTokenText(node)).append(',');
				}
			} else {
				facts.append(object.eGet(feature)).append(';');
			}
		}
		facts.append('}');
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> children(EObject object, EReference reference) {
		return reference.isMany() ? (List<EObject>) object.eGet(reference) : List.of((EObject) object.eGet(reference));
	}
}
