const vscode = require('../support/vscode-stub');
const assert = require('node:assert/strict');
const { afterEach, beforeEach, test } = require('node:test');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { BerthCommands } = require('../../src/commands');
const { OutputViews } = require('../../src/webview');

const JAVA = { command: '/opt/jdk21/bin/java', version: 21, source: 'JAVA_HOME', skipped: [] };

let site;
let runs;
let restarts;
let channel;
let commands;

/** Commands wired to a command line stand-in that answers `status` and writes what generate writes. */
function wire({ status = 0, java = JAVA } = {}) {
  runs = [];
  restarts = 0;
  channel = { text: '', append(chunk) { this.text += chunk; }, appendLine(line) { this.text += `${line}\n`; }, show() {} };
  const server = { java: () => java, restart: async () => restarts++ };
  const run = async (invocation) => {
    runs.push(invocation);
    if (status === 0 && invocation.args[0] === 'generate') {
      writeOutput(invocation.args[2]);
    }
    return status;
  };
  commands = new BerthCommands({ server, views: new OutputViews(), channel, jar: '/ext/server/berth-language-server.jar', run });
}

function writeOutput(output) {
  fs.mkdirSync(path.join(output, 'analysis'), { recursive: true });
  fs.mkdirSync(path.join(output, 'diagram'), { recursive: true });
  fs.writeFileSync(path.join(output, 'analysis', 'report.html'), '<!DOCTYPE html><html><head><title>r</title></head><body>Keep web on containers</body></html>');
  fs.writeFileSync(path.join(output, 'diagram', 'topology.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>host-a</text></svg>');
}

function handler(id) {
  return commands.register().find((command) => command.id === id).handler;
}

beforeEach(() => {
  vscode.reset();
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-site-'));
  vscode.state.folders = [site];
  wire();
});

afterEach(() => fs.rmSync(site, { recursive: true }));

test('every command is registered', () => {
  assert.deepEqual(commands.register().map((command) => command.id), ['berth.validateWorkspace', 'berth.generate', 'berth.plan',
    'berth.showReport', 'berth.showTopology', 'berth.restartServer']);
});

test('the commands the extension declares are the ones it registers', () => {
  const declared = require('../../package.json').contributes.commands.map((command) => command.command);
  assert.deepEqual(declared, commands.register().map((command) => command.id));
});

test('Validate Workspace runs berth validate from the server jar on the workspace folder, after saving', async () => {
  assert.equal(await handler('berth.validateWorkspace')(), 0);
  assert.equal(runs.length, 1);
  const { java, jar, args, cwd } = runs[0];
  assert.deepEqual({ java, jar, args, cwd }, { java: JAVA.command, jar: '/ext/server/berth-language-server.jar', args: ['validate', site], cwd: site });
  assert.equal(vscode.called('saveAll').length, 1);
  assert.match(channel.text, /berth validate: done, no errors/);
});

test('Generate and Plan write into berth.output below the model folder', async () => {
  vscode.settings['berth.output'] = 'out/berth';
  await handler('berth.generate')();
  await handler('berth.plan')();
  assert.deepEqual(runs.map((run) => run.args), [['generate', '-o', path.join(site, 'out', 'berth'), site], ['plan', '-o', path.join(site, 'out', 'berth'), site]]);
});

test('a failing command says what its exit status means', async () => {
  wire({ status: 1 });
  assert.equal(await handler('berth.validateWorkspace')(), 1);
  assert.deepEqual(vscode.called('showErrorMessage').map((call) => call.args[0]), ['berth validate failed: the model has errors.']);
  wire({ status: 4 });
  await handler('berth.plan')();
  assert.match(vscode.called('showErrorMessage')[1].args[0], /a machine failed or could not be reached/);
});

test('a file opened outside any folder is validated in its own folder', async () => {
  vscode.state.folders = [];
  vscode.state.activeFile = path.join(site, 'shop.berth');
  await handler('berth.validateWorkspace')();
  assert.equal(runs[0].cwd, site);
});

test('with several folders the active file chooses, else the user picks one', async () => {
  const other = `${site}-other`;
  vscode.state.folders = [site, other];
  vscode.state.activeFile = path.join(other, 'a', 'db.berth');
  await handler('berth.validateWorkspace')();
  vscode.state.activeFile = undefined;
  vscode.answers.showWorkspaceFolderPick = { uri: vscode.Uri.file(site) };
  await handler('berth.validateWorkspace')();
  assert.deepEqual(runs.map((run) => run.cwd), [other, site]);
});

test('nothing runs without a folder or a .berth file', async () => {
  vscode.state.folders = [];
  assert.equal(await handler('berth.generate')(), undefined);
  assert.equal(runs.length, 0);
  assert.match(vscode.called('showErrorMessage')[0].args[0], /open a folder or a \.berth file/);
});

test('nothing runs without a Java to run it', async () => {
  wire({ java: null });
  assert.equal(await handler('berth.validateWorkspace')(), undefined);
  assert.equal(runs.length, 0);
});

test('Show Analysis Report shows report.html in a webview that can load and run nothing', async () => {
  writeOutput(path.join(site, 'berth-out'));
  assert.equal(await handler('berth.showReport')(), true);
  const [created] = vscode.called('createWebviewPanel');
  assert.deepEqual(created.args, ['berth.report', 'Berth: Analysis Report']);
  assert.match(created.panel.webview.html, /<head><meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/);
  assert.match(created.panel.webview.html, /Keep web on containers/);
});

test('Show Topology shows topology.svg in a page of its own', async () => {
  writeOutput(path.join(site, 'berth-out'));
  await handler('berth.showTopology')();
  const html = vscode.called('createWebviewPanel')[0].panel.webview.html;
  assert.match(html, /^<!DOCTYPE html>.*Content-Security-Policy.*<body><svg[^>]*><text>host-a<\/text><\/svg><\/body><\/html>$/s);
  assert.doesNotMatch(html, /<\?xml/);
});

test('a view is reused, and Generate refreshes it', async () => {
  writeOutput(path.join(site, 'berth-out'));
  await handler('berth.showReport')();
  fs.writeFileSync(path.join(site, 'berth-out', 'analysis', 'report.html'), '<html><head></head><body>stale</body></html>');
  await handler('berth.showReport')();
  const [panel] = vscode.called('createWebviewPanel').map((call) => call.panel);
  assert.match(panel.webview.html, /stale/);
  await handler('berth.generate')();
  assert.equal(vscode.called('createWebviewPanel').length, 1);
  assert.match(panel.webview.html, /Keep web on containers/);
});

test('with no report yet, Show Analysis Report offers Generate and then shows it', async () => {
  vscode.answers.showInformationMessage = 'Generate';
  assert.equal(await handler('berth.showReport')(), true);
  assert.match(vscode.called('showInformationMessage')[0].args[0], /has no analysis report yet/);
  assert.deepEqual(runs.map((run) => run.args[0]), ['generate']);
  assert.match(vscode.called('createWebviewPanel')[0].panel.webview.html, /Keep web on containers/);
});

test('declining to generate shows nothing', async () => {
  assert.equal(await handler('berth.showTopology')(), false);
  assert.equal(runs.length, 0);
  assert.equal(vscode.called('createWebviewPanel').length, 0);
});

test('Restart Language Server restarts it', async () => {
  await handler('berth.restartServer')();
  assert.equal(restarts, 1);
});
