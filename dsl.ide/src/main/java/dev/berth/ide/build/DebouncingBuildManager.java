package dev.berth.ide.build;

import com.google.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's build manager with a short settling time: a build starts only once the documents have
 * been quiet for {@link #QUIET_MILLIS}, so that a burst of edits is validated once; a newer edit
 * cancels the waiting or running build, and its files stay queued for the next one.
 */
public class DebouncingBuildManager extends BuildManager {

	static final long QUIET_MILLIS = 25;

	@Inject
	private OperationCanceledManager operationCanceledManager;

	@Override
	public Buildable submit(List<URI> dirtyFiles, List<URI> deletedFiles) {
		Buildable build = super.submit(dirtyFiles, deletedFiles);
		return cancelIndicator -> {
			settle(cancelIndicator);
			return build.build(cancelIndicator);
		};
	}

	private void settle(CancelIndicator cancelIndicator) {
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS);
		for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
			operationCanceledManager.checkCanceled(cancelIndicator);
			LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(5)));
		}
		operationCanceledManager.checkCanceled(cancelIndicator);
	}
}
