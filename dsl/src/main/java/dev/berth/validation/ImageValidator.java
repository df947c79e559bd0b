package dev.berth.validation;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.model.ImageReference;
import java.util.Optional;
import org.eclipse.xtext.validation.Check;

/**
 * Every container has an image or a build context; an image is a valid reference, pinned by a tag
 * other than latest or by a digest.
 */
public class ImageValidator extends ConcernValidator {

	@Check
	public void checkContainerHasImage(Container container) {
		if (container.getImage() == null && container.getBuild() == null) {
			error(describe(container) + " has neither an image nor a build context, so there is nothing to run; add "
					+ "one such as `image \"nginx:1.27.2\"`, or `build \"./" + container.getName()
					+ "\"` with a folder that holds its Dockerfile", container, BerthPackage.Literals.ELEMENT__NAME,
					IssueCodes.IMAGE_NONE, container.getName());
		}
	}

	@Check
	public void checkImageIsValid(Container container) {
		String image = container.getImage();
		if (image != null && ImageReference.parse(image).isEmpty()) {
			String hint = image.isBlank() ? "it is empty"
					: !image.equals(image.toLowerCase()) && !image.contains("/") ? "repository names are lowercase"
					: "write [REGISTRY[:PORT]/]NAME[:TAG][@DIGEST] with a lowercase NAME, such as "
							+ "registry.example.com:5000/team/app:1.2";
			error("'" + image + "' is not a valid image reference: " + hint, container,
					BerthPackage.Literals.CONTAINER__IMAGE, IssueCodes.IMAGE_INVALID, image);
		}
	}

	@Check
	public void checkImageIsPinned(Container container) {
		Optional<ImageReference> reference = ImageReference.parse(container.getImage());
		if (container.getBuild() != null || reference.isEmpty() || reference.get().digest().isPresent()) {
			return;
		}
		Optional<String> tag = reference.get().tag();
		if (tag.isEmpty() || tag.get().equals("latest")) {
			String why = tag.isEmpty() ? "has no tag" : "uses the tag latest";
			warning("image " + container.getImage() + " " + why + ", so every pull may bring another version; pin a "
					+ "version tag (such as " + reference.get().path() + ":1.2.3) or a digest", container,
					BerthPackage.Literals.CONTAINER__IMAGE, IssueCodes.IMAGE_LATEST, container.getImage());
		}
	}
}
