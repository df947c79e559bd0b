const assert = require('node:assert/strict');
const { test } = require('node:test');
const { EventEmitter } = require('events');
const { runBerth, meaning } = require('../../src/cli');

/** A launch stand-in whose process the test drives; `launched` holds what was started. */
function fakeLaunch() {
  const launched = [];
  const launch = (command, args, options) => {
    const child = Object.assign(new EventEmitter(), { stdout: new EventEmitter(), stderr: new EventEmitter(), killed: false });
    child.kill = () => {
      child.killed = true;
      child.emit('close', null);
    };
    launched.push({ command, args, options, child });
    return child;
  };
  return { launch, launched };
}

function channel() {
  return { text: '', append(chunk) { this.text += chunk; }, appendLine(line) { this.text += `${line}\n`; } };
}

test('runs the command line class of the jar with the given Java, in the model folder, and streams its output', async () => {
  const { launch, launched } = fakeLaunch();
  const out = channel();
  const done = runBerth({ java: '/jdk/bin/java', jar: '/ext/server.jar', args: ['validate', '.'], cwd: '/site', channel: out, launch });
  const [{ command, args, options, child }] = launched;
  assert.deepEqual({ command, args, cwd: options.cwd },
    { command: '/jdk/bin/java', args: ['-cp', '/ext/server.jar', 'dev.berth.cli.BerthCli', 'validate', '.'], cwd: '/site' });
  child.stdout.emit('data', Buffer.from('shop.berth:3:5: error: no such machine [reference.unresolved]\n'));
  child.stderr.emit('data', Buffer.from('berth: 1 error\n'));
  child.emit('close', 1);
  assert.equal(await done, 1);
  assert.equal(out.text, '$ berth validate .    (in /site)\nshop.berth:3:5: error: no such machine [reference.unresolved]\nberth: 1 error\n');
});

test('cancelling stops the process', async () => {
  const { launch, launched } = fakeLaunch();
  let cancel;
  const token = { onCancellationRequested: (listener) => ((cancel = listener), { dispose() {} }) };
  const done = runBerth({ java: 'java', jar: 'j', args: ['plan'], cwd: '/site', channel: channel(), token, launch });
  cancel();
  assert.equal(await done, -1);
  assert.ok(launched[0].child.killed);
});

test('a Java that cannot start is reported in the output', async () => {
  const { launch, launched } = fakeLaunch();
  const out = channel();
  const done = runBerth({ java: '/gone/java', jar: 'j', args: ['generate'], cwd: '/site', channel: out, launch });
  launched[0].child.emit('error', new Error('spawn /gone/java ENOENT'));
  assert.equal(await done, -1);
  assert.match(out.text, /cannot start \/gone\/java: spawn \/gone\/java ENOENT/);
});

test('exit statuses are explained as the command line documents them', () => {
  assert.equal(meaning(1), 'the model has errors');
  assert.equal(meaning(4), 'a machine failed or could not be reached');
  assert.equal(meaning(-1), 'exit status -1');
});
