const vscode = require('../support/vscode-stub');
const assert = require('node:assert/strict');
const { beforeEach, test } = require('node:test');
const fs = require('fs');
const os = require('os');
const path = require('path');
const languageClient = require('vscode-languageclient/node');

const { State } = languageClient;
const clients = [];

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

function statusRecorder() {
  return { shown: [], show(state, detail) { this.shown.push({ state, detail }); } };
}

beforeEach(() => {
  vscode.reset();
  clients.length = 0;
});

test('a berth.java.home without Java 17 is an error with an "Open Settings" action that opens it', async () => {
  vscode.settings['berth.java.home'] = path.join(__dirname, 'no-such-jdk');
  vscode.answers.showErrorMessage = 'Open Settings';
  const status = statusRecorder();
  assert.equal(new BerthServer({ jar: '/ext/server.jar', status }).java(), undefined);
  const [error] = vscode.called('showErrorMessage');
  assert.match(error.args[0], /berth\.java\.home does not point at Java 17 or later: .*no-such-jdk.* does not exist/);
  assert.deepEqual(error.args.slice(1), ['Open Settings']);
  await new Promise(setImmediate);
  assert.deepEqual(vscode.called('executeCommand').map((call) => call.args), [['workbench.action.openSettings', 'berth.java.home']]);
  assert.equal(status.shown[0].state, 'error');
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
  const jar = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'berth-ext-')), 'berth-language-server.jar');
  fs.writeFileSync(jar, '');
  vscode.settings['berth.server.jvmArgs'] = ['-Xmx256m'];
  const status = statusRecorder();
  const [log, watcher] = [{ name: 'log' }, { name: 'watcher' }];
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
