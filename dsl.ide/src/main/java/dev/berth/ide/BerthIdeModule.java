package dev.berth.ide;

/** Wires Berth's editor services (the language server's features) into Xtext's IDE infrastructure. */
public class BerthIdeModule extends AbstractBerthIdeModule {
}
