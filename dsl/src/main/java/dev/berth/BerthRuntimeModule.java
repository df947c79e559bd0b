package dev.berth;

import com.google.inject.Binder;
import com.google.inject.name.Names;
import dev.berth.formatting2.BerthFormatter;
import dev.berth.parsing.BerthSyntaxErrorMessageProvider;
import dev.berth.parsing.BerthValueConverterService;
import dev.berth.scoping.BerthLinkingDiagnosticMessageProvider;
import dev.berth.scoping.BerthQualifiedNameProvider;
import dev.berth.scoping.BerthResourceDescriptionManager;
import dev.berth.scoping.BerthResourceDescriptionStrategy;
import dev.berth.scoping.IndexedContainersStateProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.containers.IAllContainersState;
import org.eclipse.xtext.validation.CompositeEValidator;

/** Wires Berth's own services into the Xtext runtime. */
public class BerthRuntimeModule extends AbstractBerthRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return BerthValueConverterService.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return BerthQualifiedNameProvider.class;
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return BerthResourceDescriptionManager.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return BerthResourceDescriptionStrategy.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return BerthFormatter.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return BerthSyntaxErrorMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider() {
		return BerthLinkingDiagnosticMessageProvider.class;
	}

	@Override
	public Class<? extends IAllContainersState.Provider> bindIAllContainersState$Provider() {
		return IndexedContainersStateProvider.class;
	}

	/** EMF's generic checks (multiplicities, data values) add nothing the grammar and the linker do not already report. */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}
