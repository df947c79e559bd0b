package dev.berth.ide;

import com.google.inject.Inject;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.EnvVar;
import dev.berth.berth.Host;
import dev.berth.berth.PortMapping;
import dev.berth.validation.IssueCodes;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Quick fixes that change the element a diagnostic sits on, driven by the values the diagnostic
 * carries as data, each a minimal text edit that leaves the rest of the file (layout, indentation,
 * comments) as written; {@link BerthCodeActionService} adds those that change another element.
 */
public class BerthQuickFixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@Inject
	private IValueConverterService values;

	@Inject
	private SecretExtraction secrets;

	@QuickFix(IssueCodes.CAPACITY_MEMORY)
	public void raiseMemory(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Raise the memory to what the workloads need", (Diagnostic diagnostic, EObject object,
				Document document) -> replace(document, object, object instanceof Host ? BerthPackage.Literals.HOST__MEMORY
						: BerthPackage.Literals.VM__MEMORY, data(diagnostic, 1)));
	}

	@QuickFix(IssueCodes.CAPACITY_CPU)
	public void raiseCpu(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Raise the cpu to what the workloads need", (Diagnostic diagnostic, EObject object,
				Document document) -> replace(document, object, object instanceof Host ? BerthPackage.Literals.HOST__CPU
						: BerthPackage.Literals.VM__VCPU, data(diagnostic, 1)));
	}

	@QuickFix(IssueCodes.SECURITY_PLAINTEXT_SECRET)
	public void moveToSecret(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Move the value into a secret read from the environment", (Diagnostic diagnostic, EObject object,
				Document document) -> secrets.edits((Container) (object instanceof EnvVar ? object.eContainer() : object),
						data(diagnostic, 0), data(diagnostic, 1), document));
	}

	@QuickFix(IssueCodes.IMAGE_LATEST)
	public void pinImage(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Pin the image to a tag (write the version you run in place of TAG)",
				(Diagnostic diagnostic, EObject object, Document document) -> {
					String image = ((Container) object).getImage();
					String pinned = image.endsWith(":latest") ? image.substring(0, image.length() - 6) + "TAG" : image + ":TAG";
					return replace(document, object, BerthPackage.Literals.CONTAINER__IMAGE, string(pinned));
				});
	}

	@QuickFix(IssueCodes.SECURITY_ROOT_USER)
	public void addUser(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Run as a user without administrator rights", (Diagnostic diagnostic, EObject object,
				Document document) -> {
			String user = string(data(diagnostic, 0));
			return ((Container) object).getUser() == null ? List.of(PropertyInsertion.edit(object, "user " + user))
					: replace(document, object, BerthPackage.Literals.CONTAINER__USER, user);
		});
	}

	@QuickFix(IssueCodes.SECURITY_PORT_ALL_INTERFACES)
	public void listenOnLoopback(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Publish the port on loopback only", (Diagnostic diagnostic, EObject object, Document document) -> {
			String listen = string(data(diagnostic, 0));
			if (object instanceof PortMapping port && port.getListen() != null) {
				return replace(document, port, BerthPackage.Literals.PORT_MAPPING__LISTEN, listen);
			}
			Position end = diagnostic.getRange().getEnd();
			return List.of(new TextEdit(new Range(end, end), " listen " + listen));
		});
	}

	/** The edit that replaces the text of a feature as written, and only that. */
	private static List<TextEdit> replace(Document document, EObject object, EStructuralFeature feature, String text) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		if (nodes.isEmpty()) {
			return List.of();
		}
		INode node = nodes.get(0);
		return List.of(new TextEdit(new Range(document.getPosition(node.getOffset()),
				document.getPosition(node.getEndOffset())), text));
	}

	private String string(String value) {
		return values.toString(value, "STRING");
	}

	private static String data(Diagnostic diagnostic, int index) {
		return DiagnosticData.get(diagnostic, index);
	}
}
