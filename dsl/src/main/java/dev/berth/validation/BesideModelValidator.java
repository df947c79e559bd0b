package dev.berth.validation;

import dev.berth.model.ModelPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The ground of the validators that look at files named beside the model: where they are, and whether they exist. */
abstract class BesideModelValidator extends ConcernValidator {

	/** What a path must name. */
	protected enum Expected {
		FILE("a file", Files::isRegularFile), FOLDER("a folder", Files::isDirectory), ANY("", Files::exists);

		private final String noun;
		private final Predicate<Path> test;

		Expected(String noun, Predicate<Path> test) {
			this.noun = noun;
			this.test = test;
		}
	}

	/** Whether the path names what it must; reports file.missing when it does not. */
	protected boolean exists(EObject owner, EStructuralFeature feature, int index, String what, String written,
			Path path, Expected expected) {
		if (expected.test.test(path)) {
			return true;
		}
		String problem = expected != Expected.ANY && Files.exists(path) ? "is not " + expected.noun : "does not exist";
		error(what + ", " + written + ", " + problem + " (" + path + "); create it" + (written.startsWith("/") ? ""
				: " beside the model") + ", or correct the path", owner, feature, index, IssueCodes.FILE_MISSING, written, path.toString());
		return false;
	}

	/**
	 * The file Berth itself reads while generating (a seed's user-data, an ssh key file): beside the
	 * model for a relative path, the path itself for an absolute one; none when the model is not a
	 * file on disk.
	 */
	protected static Optional<Path> readHere(EObject owner, String path) {
		if (path != null && path.startsWith("/") && besideModel(owner, ".").isPresent()) {
			return Optional.of(Path.of(path));
		}
		return besideModel(owner, path);
	}

	/**
	 * The file a relative path names beside the model; none for an absolute path, or when the
	 * model is not a file on disk (an unsaved editor buffer has nothing beside it).
	 */
	protected static Optional<Path> besideModel(EObject owner, String path) {
		URI uri = owner.eResource() == null ? null : owner.eResource().getURI();
		if (path == null || path.startsWith("/") || uri == null || !uri.isFile()
				|| !Files.isRegularFile(Path.of(uri.toFileString()))) {
			return Optional.empty();
		}
		return Optional.of(ModelPaths.resolve(owner, path));
	}
}
