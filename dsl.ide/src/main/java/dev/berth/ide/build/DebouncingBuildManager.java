package dev.berth.ide.build;

import com.google.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's build manager, debounced and cancelled while typing but never starved: a build starts
 * once the documents have been quiet for {@link #QUIET_MILLIS}, and a newer edit cancels it, until
 * the oldest edit not yet validated is {@link #PATIENCE_MILLIS} old; from then on the build runs to
 * the end, so diagnostics keep coming however fast the keys do. Cancelled files stay queued.
 */
public class DebouncingBuildManager extends BuildManager {

	static final long QUIET_MILLIS = 10;
	static final long PATIENCE_MILLIS = 100;

	@Inject
	private OperationCanceledManager operationCanceledManager;

	private volatile long oldestPending;

	@Override
	public Buildable submit(List<URI> dirtyFiles, List<URI> deletedFiles) {
		if (oldestPending == 0) {
			oldestPending = System.nanoTime();
		}
		Buildable build = super.submit(dirtyFiles, deletedFiles);
		return cancelIndicator -> {
			CancelIndicator patient = () -> cancelIndicator.isCanceled() && !overdue();
			settle(patient);
			List<IResourceDescription.Delta> deltas = build.build(patient);
			oldestPending = 0;
			return deltas;
		};
	}

	private boolean overdue() {
		return System.nanoTime() - oldestPending > TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
	}

	private void settle(CancelIndicator cancelIndicator) {
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS);
		for (long left = end - System.nanoTime(); left > 0 && !overdue(); left = end - System.nanoTime()) {
			operationCanceledManager.checkCanceled(cancelIndicator);
			LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(2)));
		}
		operationCanceledManager.checkCanceled(cancelIndicator);
	}
}
