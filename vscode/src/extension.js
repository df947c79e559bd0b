// Starts the bundled Berth language server and registers the Berth commands, settings reactions and status bar item.
const vscode = require('vscode');
const { BerthCommands } = require('./commands');
const { BerthServer } = require('./server');
const { ServerStatus } = require('./status');
const { OutputViews } = require('./webview');
const settings = require('./settings');

let server;

async function activate(context) {
  const jar = context.asAbsolutePath('server/berth-language-server.jar');
  const status = new ServerStatus();
  const channel = vscode.window.createOutputChannel('Berth');
  const log = vscode.window.createOutputChannel('Berth Language Server');
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.berth');
  server = new BerthServer({ jar, status, log, watcher });
  const commands = new BerthCommands({ server, views: new OutputViews(), channel, jar });
  context.subscriptions.push(status, channel, log, watcher, ...commands.register(),
    vscode.workspace.onDidChangeConfiguration((event) => settings.affectsServer(event) && offerRestart()));
  await server.start();
}

async function offerRestart() {
  if ((await vscode.window.showInformationMessage('Berth: restart the language server to use the new settings?', 'Restart')) === 'Restart') {
    await server.restart();
  }
}

function deactivate() {
  return server ? server.stop() : undefined;
}

module.exports = { activate, deactivate };
