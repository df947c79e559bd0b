package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Element;
import dev.berth.model.Dependencies;
import dev.berth.model.Site;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * The ground of the concern validators: they are composed into {@link BerthValidator} rather than
 * registered alone, and share the site index and other facts computed once per validation run.
 */
abstract class ConcernValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into BerthValidator, which registers for the package
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(BerthPackage.eINSTANCE);
	}

	/** Everything the current run sees: looked up once per validated file, built once per site. */
	protected Site site(EObject object) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return Site.of(object);
		}
		return (Site) context.computeIfAbsent(Site.class, key -> Site.of(object));
	}

	/** A fact about the site of an object, computed once for as long as the site is unchanged. */
	protected <T> T fact(EObject object, Object key, Supplier<T> compute) {
		return site(object).fact(key, compute);
	}

	/** The cycles of the {@code depends on} graph of the site's workloads. */
	protected Cycles<Element> dependencyCycles(EObject object) {
		return fact(object, "dependency-cycles", () -> Cycles.of(site(object).elements(), Dependencies::targets));
	}

	/** Where an object is written: its file's name and the line it starts on. */
	protected static String where(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return object.eResource().getURI().lastSegment() + " line " + (node == null ? 1 : node.getStartLine());
	}

	/** The kind and name of an element, such as {@code host node1}. */
	protected static String describe(Element element) {
		return kind(element) + " " + element.getName();
	}

	/** The keyword of an element's kind, such as {@code host} or {@code vm}. */
	protected static String kind(Element element) {
		return element.eClass().getName().toLowerCase();
	}
}
