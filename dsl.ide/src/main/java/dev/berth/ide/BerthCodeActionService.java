package dev.berth.ide;

import com.google.inject.Inject;
import dev.berth.berth.Balancer;
import dev.berth.berth.Container;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import dev.berth.berth.Vm;
import dev.berth.validation.IssueCodes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Code actions: the quick fixes of {@link BerthQuickFixProvider}, and the fixes that add a runtime
 * or hypervisor to a machine, which may be declared in another file than the diagnostic.
 */
public class BerthCodeActionService extends QuickFixCodeActionService {

	private static final Set<String> MACHINE_FIXES = Set.of(IssueCodes.PLACEMENT_NO_RUNTIME,
			IssueCodes.PLACEMENT_NO_HYPERVISOR);

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private PropertyInsertion insertion;

	@Override
	protected boolean handlesDiagnostic(Diagnostic diagnostic) {
		return MACHINE_FIXES.contains(code(diagnostic)) || super.handlesDiagnostic(diagnostic);
	}

	@Override
	protected List<Either<Command, CodeAction>> getCodeActions(Options options, Diagnostic diagnostic) {
		if (!MACHINE_FIXES.contains(code(diagnostic))) {
			return super.getCodeActions(options, diagnostic);
		}
		int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
		EObject workload = elements.resolveContainedElementAt((XtextResource) options.getResource(), offset);
		Machine machine = machine(workload, code(diagnostic), data(diagnostic, 0));
		if (machine == null) {
			return List.of();
		}
		String property = (code(diagnostic).equals(IssueCodes.PLACEMENT_NO_RUNTIME) ? "runtime " : "hypervisor ")
				+ data(diagnostic, 1);
		Map.Entry<String, TextEdit> edit = insertion.addProperty((Element) machine, property);
		CodeAction action = new CodeAction("Add `" + property + "` to " + ((Element) machine).getName());
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(Map.of(edit.getKey(), List.of(edit.getValue()))));
		return List.of(Either.forRight(action));
	}

	private static Machine machine(EObject workload, String code, String name) {
		if (code.equals(IssueCodes.PLACEMENT_NO_HYPERVISOR) && workload instanceof Vm vm) {
			return vm.getMachine();
		}
		List<Machine> candidates = workload instanceof Container container ? container.getMachines()
				: workload instanceof Balancer balancer ? List.of(balancer.getMachine()) : List.of();
		return candidates.stream().filter(m -> !m.eIsProxy() && name.equals(((Element) m).getName())).findFirst()
				.orElse(null);
	}

	private static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? "" : diagnostic.getCode().getLeft();
	}

	private static String data(Diagnostic diagnostic, int index) {
		return DiagnosticData.get(diagnostic, index);
	}
}
