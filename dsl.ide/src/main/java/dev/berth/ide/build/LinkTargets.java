package dev.berth.ide.build;

import java.util.Set;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Which files a file's resolved links point into, read without resolving anything. */
final class LinkTargets {

	private LinkTargets() {
	}

	/** Whether a resolved link of the resource points into one of the files, or to an object no longer in any file. */
	static boolean reachInto(Resource resource, Set<URI> files) {
		for (TreeIterator<EObject> objects = resource.getAllContents(); objects.hasNext();) {
			EObject object = objects.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()
						&& object.eIsSet(reference) && pointsInto(object, reference, files)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean pointsInto(EObject object, EReference reference, Set<URI> files) {
		Object value = object.eGet(reference, false);
		if (value instanceof Iterable<?> targets) {
			for (Object target : targets) {
				if (pointsInto((EObject) target, resourceURI(object), files)) {
					return true;
				}
			}
			return false;
		}
		return pointsInto((EObject) value, resourceURI(object), files);
	}

	private static boolean pointsInto(EObject target, URI own, Set<URI> files) {
		URI file;
		if (target.eIsProxy()) {
			file = ((InternalEObject) target).eProxyURI().trimFragment();
		} else {
			Resource resource = target.eResource();
			if (resource == null) {
				return true;
			}
			file = resource.getURI();
		}
		return !file.equals(own) && files.contains(file);
	}

	private static URI resourceURI(EObject object) {
		return object.eResource().getURI();
	}
}
