package dev.berth.model;

import java.nio.file.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/** Paths written in a model: relative ones name files beside the {@code .berth} file that writes them. */
public final class ModelPaths {

	private ModelPaths() {
	}

	/** Whether a volume source names a volume of the runtime rather than a path, as Compose reads it: no leading dot, slash or tilde. */
	public static boolean isNamedVolume(String source) {
		return !source.startsWith(".") && !source.startsWith("/") && !source.startsWith("~");
	}

	/** The absolute path a model path stands for, resolved against the folder of the object's file. */
	public static Path resolve(EObject owner, String path) {
		URI uri = owner.eResource() == null ? null : owner.eResource().getURI();
		Path base = uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().getParent()
				: Path.of("").toAbsolutePath();
		return base.resolve(path).normalize();
	}
}
