package dev.berth.ide.build;

import com.google.inject.AbstractModule;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.BuildManager;

/** The language server's build services for typing: debounced, cancellable builds that re-link rather than re-parse. */
public class BerthBuildModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(BuildManager.class).to(DebouncingBuildManager.class);
		bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(RelinkingIncrementalBuilder.class);
	}
}
