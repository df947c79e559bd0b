package dev.berth.ide;

import dev.berth.berth.BerthPackage;
import dev.berth.berth.Deployment;
import dev.berth.berth.Element;
import dev.berth.berth.Machine;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** A code lens above each machine with its utilisation: memory, CPU and disk in use and free. */
public class BerthCodeLensService implements ICodeLensService {

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		List<CodeLens> lenses = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Deployment deployment)) {
			return lenses;
		}
		for (Element element : deployment.getElements()) {
			if (element instanceof Machine machine && element.getName() != null) {
				List<INode> nodes = NodeModelUtils.findNodesForFeature(element, BerthPackage.Literals.ELEMENT__NAME);
				if (nodes.isEmpty()) {
					continue;
				}
				Position start = document.getPosition(nodes.get(0).getOffset());
				Position end = document.getPosition(nodes.get(0).getEndOffset());
				lenses.add(new CodeLens(new Range(start, end), new Command(MachineUtilisation.describe(machine), ""), null));
			}
		}
		return lenses;
	}
}
