package dev.berth.ide;

import dev.berth.berth.BerthFactory;
import dev.berth.berth.BerthPackage;
import dev.berth.berth.Container;
import dev.berth.berth.Deployment;
import dev.berth.berth.EnvVar;
import dev.berth.berth.Host;
import dev.berth.berth.PortMapping;
import dev.berth.berth.Secret;
import dev.berth.berth.SecretSource;
import dev.berth.berth.Size;
import dev.berth.berth.SizeUnit;
import dev.berth.berth.Vm;
import dev.berth.validation.IssueCodes;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Quick fixes that change the element a diagnostic sits on, driven by the values the diagnostic
 * carries as data (as a change of the model, or as a minimal text edit where re-serialising the
 * element would rewrite more than needed); {@link BerthCodeActionService} adds those that change
 * another element.
 */
public class BerthQuickFixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix(IssueCodes.CAPACITY_MEMORY)
	public void raiseMemory(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Raise the memory to what the workloads need", (Diagnostic diagnostic, EObject object) -> element -> {
			String[] needed = data(diagnostic, 1).split(" ");
			Size size = BerthFactory.eINSTANCE.createSize();
			size.setValue(new BigDecimal(needed[0]));
			size.setUnit(SizeUnit.get(needed[1]));
			if (element instanceof Host host) {
				host.setMemory(size);
			} else if (element instanceof Vm vm) {
				vm.setMemory(size);
			}
		});
	}

	@QuickFix(IssueCodes.CAPACITY_CPU)
	public void raiseCpu(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Raise the cpu to what the workloads need", (Diagnostic diagnostic, EObject object) -> element -> {
			String needed = data(diagnostic, 1);
			if (element instanceof Host host) {
				host.setCpu(new BigDecimal(needed));
			} else if (element instanceof Vm vm) {
				vm.setVcpu(Integer.valueOf(needed));
			}
		});
	}

	@QuickFix(IssueCodes.SECURITY_PLAINTEXT_SECRET)
	public void moveToSecret(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Move the value into a secret read from the environment", (Diagnostic diagnostic, EObject object) ->
				element -> {
					Container container = (Container) (element instanceof EnvVar ? element.eContainer() : element);
					String key = data(diagnostic, 0);
					Secret secret = BerthFactory.eINSTANCE.createSecret();
					secret.setName(data(diagnostic, 1));
					secret.setSource(SecretSource.ENV);
					secret.setLocation(key);
					Deployment deployment = (Deployment) container.eContainer();
					deployment.getElements().add(deployment.getElements().indexOf(container), secret);
					List<EnvVar> env = container.getEnv();
					env.removeIf(variable -> key.equals(variable.getKey()));
					container.getSecrets().add(secret);
				});
	}

	@QuickFix(IssueCodes.IMAGE_LATEST)
	public void pinImage(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Pin the image to a tag (write the version you run in place of TAG)",
				(Diagnostic diagnostic, EObject object) -> element -> {
					Container container = (Container) element;
					String image = container.getImage();
					container.setImage(image.endsWith(":latest") ? image.substring(0, image.length() - 6) + "TAG"
							: image + ":TAG");
				});
	}

	@QuickFix(IssueCodes.SECURITY_ROOT_USER)
	public void addUser(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Run as a user without administrator rights", (Diagnostic diagnostic, EObject object) -> element ->
				((Container) element).setUser(data(diagnostic, 0)));
	}

	@QuickFix(IssueCodes.SECURITY_PORT_ALL_INTERFACES)
	public void listenOnLoopback(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Publish the port on loopback only", (Diagnostic diagnostic, EObject object, Document document) -> {
			String listen = "\"" + data(diagnostic, 0) + "\"";
			if (object instanceof PortMapping port && port.getListen() != null) {
				INode written = NodeModelUtils.findNodesForFeature(port, BerthPackage.Literals.PORT_MAPPING__LISTEN).get(0);
				return List.of(new TextEdit(new Range(document.getPosition(written.getOffset()),
						document.getPosition(written.getEndOffset())), listen));
			}
			Position end = diagnostic.getRange().getEnd();
			return List.of(new TextEdit(new Range(end, end), " listen " + listen));
		});
	}

	private static String data(Diagnostic diagnostic, int index) {
		return DiagnosticData.get(diagnostic, index);
	}
}
