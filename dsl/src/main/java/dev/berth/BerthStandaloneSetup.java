package dev.berth;

/** Sets the language up outside Eclipse: the command line and the tests use it. */
public class BerthStandaloneSetup extends BerthStandaloneSetupGenerated {

	public static void doSetup() {
		new BerthStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
