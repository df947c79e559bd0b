// Starts the bundled Berth language server with the user's Java and connects VS Code to it.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function javaExecutable() {
  const configured = vscode.workspace.getConfiguration('berth').get('java.home');
  const home = configured || process.env.JAVA_HOME;
  const name = process.platform === 'win32' ? 'java.exe' : 'java';
  const candidate = home ? path.join(home, 'bin', name) : name;
  const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return undefined;
  }
  return candidate;
}

async function activate(context) {
  const java = javaExecutable();
  if (!java) {
    vscode.window.showErrorMessage(
      'Berth needs Java 17 or later to check your models. Install it, or set "berth.java.home" ' +
        '(or JAVA_HOME) to its folder, then reload the window.');
    return;
  }
  const jar = context.asAbsolutePath(path.join('server', 'berth-language-server.jar'));
  if (!fs.existsSync(jar)) {
    vscode.window.showErrorMessage(`The Berth language server is missing from the extension (${jar}).`);
    return;
  }
  const server = { command: java, args: ['-jar', jar] };
  client = new LanguageClient('berth', 'Berth', server, {
    documentSelector: [{ scheme: 'file', language: 'berth' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.berth') }
  });
  await client.start();
  context.subscriptions.push(client);
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
