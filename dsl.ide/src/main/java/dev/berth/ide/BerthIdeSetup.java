package dev.berth.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.berth.BerthRuntimeModule;
import dev.berth.BerthStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/** Sets the language up for the language server: the runtime services plus the editor services. */
public class BerthIdeSetup extends BerthStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new BerthRuntimeModule(), new BerthIdeModule()));
	}
}
