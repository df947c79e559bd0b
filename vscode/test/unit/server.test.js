const vscode = require('../support/vscode-stub');
const assert = require('node:assert/strict');
const { beforeEach, test } = require('node:test');
const path = require('path');
const { State } = require('vscode-languageclient/node');
const { BerthServer } = require('../../src/server');

function statusRecorder() {
  return { shown: [], show(state, detail) { this.shown.push({ state, detail }); } };
}

beforeEach(() => vscode.reset());

test('a berth.java.home without Java 17 is an error with an "Open Settings" action that opens it', async () => {
  vscode.settings['berth.java.home'] = path.join(__dirname, 'no-such-jdk');
  vscode.answers.showErrorMessage = 'Open Settings';
  const status = statusRecorder();
  assert.equal(new BerthServer('/ext/server.jar', status).java(), undefined);
  const [error] = vscode.called('showErrorMessage');
  assert.match(error.args[0], /berth\.java\.home does not point at Java 17 or later: .*no-such-jdk.* does not exist/);
  assert.deepEqual(error.args.slice(1), ['Open Settings']);
  await new Promise(setImmediate);
  assert.deepEqual(vscode.called('executeCommand').map((call) => call.args), [['workbench.action.openSettings', 'berth.java.home']]);
  assert.equal(status.shown[0].state, 'error');
});

test('without a setting the Java on this machine is found', () => {
  const java = new BerthServer('/ext/server.jar', statusRecorder()).java();
  assert.ok(java.version >= 17);
});

test('a missing server jar is an error in the status bar and a message', async () => {
  const status = statusRecorder();
  await new BerthServer(path.join(__dirname, 'missing.jar'), status).start();
  assert.deepEqual(status.shown.map((shown) => shown.state), ['starting', 'error']);
  assert.match(vscode.called('showErrorMessage')[0].args[0], /missing from the extension/);
});

test('the status bar follows the client: starting, ready with the Java used, stopped', () => {
  const status = statusRecorder();
  const server = new BerthServer('/ext/server.jar', status);
  const java = { command: '/jdk/bin/java', version: 21, source: 'PATH' };
  [State.Starting, State.Running, State.Stopped].forEach((state) => server.showState(state, java));
  assert.deepEqual(status.shown, [{ state: 'starting', detail: undefined },
    { state: 'ready', detail: 'Java 21 (/jdk/bin/java, from PATH)' }, { state: 'error', detail: 'stopped' }]);
});
