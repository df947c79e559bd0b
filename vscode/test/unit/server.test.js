const vscode = require('../support/vscode-stub');
const assert = require('node:assert/strict');
const { after, beforeEach, test } = require('node:test');
const fs = require('fs');
const os = require('os');
const path = require('path');
const languageClient = require('vscode-languageclient/node');

const { State } = languageClient;
const clients = [];
const folders = [];

/** Records how the server would be started, instead of starting it. */
languageClient.LanguageClient = class {
  constructor(id, name, server, options) {
    Object.assign(this, { id, name, server, options, disposed: false });
    clients.push(this);
  }

  onDidChangeState(listener) {
    this.stateListener = listener;
  }

  async start() {
    this.stateListener({ newState: State.Running });
  }

  async dispose() {
    this.disposed = true;
  }
};

const { BerthServer } = require('../../src/server');

/** An empty file where the server jar would be. */
function existingJar() {
  folders.push(fs.mkdtempSync(path.join(os.tmpdir(), 'berth-ext-')));
  const jar = path.join(folders.at(-1), 'berth-language-server.jar');
  fs.writeFileSync(jar, '');
  return jar;
}

function statusRecorder() {
  return { shown: [], show(state, detail) { this.shown.push({ state, detail }); } };
}

beforeEach(() => {
  vscode.reset();
  clients.length = 0;
});

after(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true })));

test('a berth.java.home without Java 17 is an error with an "Open Settings" action that opens it', async () => {
  vscode.settings['berth.java.home'] = path.join(__dirname, 'no-such-jdk');
  vscode.answers.showErrorMessage = 'Open Settings';
  const status = statusRecorder();
  await new BerthServer({ jar: existingJar(), status }).start();
  const [error] = vscode.called('showErrorMessage');
  assert.match(error.args[0], /berth\.java\.home does not point at Java 17 or later: .*no-such-jdk.* does not exist/);
  assert.deepEqual(error.args.slice(1), ['Open Settings']);
  await new Promise(setImmediate);
  assert.deepEqual(vscode.called('executeCommand').map((call) => call.args), [['workbench.action.openSettings', 'berth.java.home']]);
  assert.deepEqual(status.shown, [{ state: 'starting', detail: undefined }, { state: 'error', detail: 'no Java 17 or later' }]);
  assert.equal(clients.length, 0);
});

test('without a setting the Java on this machine is found', () => {
  const java = new BerthServer({ jar: '/ext/server.jar', status: statusRecorder() }).java();
  assert.ok(java.version >= 17);
});

test('a missing server jar is an error in the status bar and a message', async () => {
  const status = statusRecorder();
  await new BerthServer({ jar: path.join(__dirname, 'missing.jar'), status }).start();
  assert.deepEqual(status.shown.map((shown) => shown.state), ['starting', 'error']);
  assert.match(vscode.called('showErrorMessage')[0].args[0], /missing from the extension/);
});

test('the status bar follows the client: starting, ready with the Java used, stopped', () => {
  const status = statusRecorder();
  const server = new BerthServer({ jar: '/ext/server.jar', status });
  const java = { command: '/jdk/bin/java', version: 21, source: 'PATH' };
  [State.Starting, State.Running, State.Stopped].forEach((state) => server.showState(state, java));
  assert.deepEqual(status.shown, [{ state: 'starting', detail: undefined },
    { state: 'ready', detail: 'Java 21 (/jdk/bin/java, from PATH)' }, { state: 'error', detail: 'stopped' }]);
});

test('the server starts with the Java found, the JVM options, the jar, and the channel and watcher it keeps', async () => {
  const jar = existingJar();
  vscode.settings['berth.server.jvmArgs'] = ['-Xmx256m'];
  const status = statusRecorder();
  const [log, watcher] = [{ appendLine() {} }, { name: 'watcher' }];
  const server = new BerthServer({ jar, status, log, watcher });
  await server.start();
  const [client] = clients;
  assert.equal(client.server.command, server.java().command);
  assert.deepEqual(client.server.args, ['-Xmx256m', '-jar', jar]);
  assert.deepEqual(client.options.documentSelector, [{ scheme: 'file', language: 'berth' }]);
  assert.equal(client.options.outputChannel, log);
  assert.equal(client.options.synchronize.fileEvents, watcher);
  assert.deepEqual(status.shown.map((shown) => shown.state), ['starting', 'ready']);
  vscode.settings['berth.server.jvmArgs'] = [];
  await server.restart();
  assert.ok(client.disposed);
  assert.deepEqual(clients[1].server.args, ['-jar', jar]);
});

test('a stale JAVA_HOME that was skipped is said in the server log', async () => {
  const stale = process.env.JAVA_HOME;
  process.env.JAVA_HOME = path.join(__dirname, 'gone-jdk');
  const log = { lines: [], appendLine(line) { this.lines.push(line); } };
  try {
    await new BerthServer({ jar: existingJar(), status: statusRecorder(), log }).start();
  } finally {
    if (stale === undefined) {
      delete process.env.JAVA_HOME;
    } else {
      process.env.JAVA_HOME = stale;
    }
  }
  assert.match(log.lines.join('\n'), /^Berth: skipped JAVA_HOME: .*gone-jdk.* does not exist; using java from PATH$/);
});
