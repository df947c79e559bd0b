// Starts, stops and restarts the bundled Berth language server with the Java found for it.
const fs = require('fs');
const vscode = require('vscode');
const { LanguageClient, State } = require('vscode-languageclient/node');
const { findJava } = require('./java');
const settings = require('./settings');

class BerthServer {
  /** `log` (the client's output channel) and `watcher` (of .berth files) are kept across restarts. */
  constructor({ jar, status, log, watcher }) {
    this.jar = jar;
    this.status = status;
    this.log = log;
    this.watcher = watcher;
  }

  /** The Java that runs the server and the command line; shows the error with "Open Settings" when none fits. */
  java() {
    try {
      return findJava({ configured: settings.javaHome() });
    } catch (error) {
      vscode.window.showErrorMessage(error.message, 'Open Settings').then((action) => {
        if (action) {
          settings.open('berth.java.home');
        }
      });
      return undefined;
    }
  }

  async start() {
    this.status.show('starting');
    if (!fs.existsSync(this.jar)) {
      this.status.show('error', `${this.jar} is missing`);
      vscode.window.showErrorMessage(`The Berth language server is missing from the extension (${this.jar}).`);
      return;
    }
    const java = this.java();
    if (!java) {
      this.status.show('error', 'no Java 17 or later');
      return;
    }
    java.skipped.forEach((reason) => this.log.appendLine(`Berth: skipped ${reason}; using ${java.command} from ${java.source}`));
    this.client = new LanguageClient('berth', 'Berth Language Server',
      { command: java.command, args: [...settings.jvmArgs(), '-jar', this.jar] },
      {
        documentSelector: [{ scheme: 'file', language: 'berth' }],
        outputChannel: this.log,
        synchronize: { fileEvents: this.watcher }
      });
    this.client.onDidChangeState(({ newState }) => this.showState(newState, java));
    try {
      await this.client.start();
    } catch (error) {
      this.status.show('error', error.message);
    }
  }

  showState(state, java) {
    if (state === State.Running) {
      this.status.show('ready', `Java ${java.version} (${java.command}, from ${java.source})`);
    } else if (state === State.Starting) {
      this.status.show('starting');
    } else {
      this.status.show('error', 'stopped');
    }
  }

  async stop() {
    const client = this.client;
    this.client = undefined;
    if (client) {
      await client.dispose();
    }
  }

  /** Stops the server and starts it again, finding Java anew so that changed settings apply. */
  async restart() {
    await this.stop();
    await this.start();
  }
}

module.exports = { BerthServer };
