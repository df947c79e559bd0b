package dev.berth.ide.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/** Lets the JVM give memory back while the editor sits idle, whatever options the client started it with. */
final class IdleMemory {

	/** Milliseconds without a collection after which G1 collects, and uncommits what the heap does not need. */
	static final String PERIODIC_GC_MILLIS = "15000";

	private IdleMemory() {
	}

	static void giveBackWhenIdle() {
		HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		vm.setVMOption("MinHeapFreeRatio", "10");
		vm.setVMOption("MaxHeapFreeRatio", "30");
		vm.setVMOption("G1PeriodicGCInterval", PERIODIC_GC_MILLIS);
	}
}
