require('../support/vscode-stub');
const assert = require('node:assert/strict');
const { test } = require('node:test');
const Module = require('module');
const { builtinModules } = require('module');
const path = require('path');

const BUNDLE = path.join(__dirname, '..', '..', 'dist', 'extension.js');

test('the bundle needs nothing but vscode and Node, so the .vsix carries no node_modules', () => {
  const requested = new Set();
  const load = Module._load;
  Module._load = function (request, parent, ...rest) {
    if (parent && parent.filename === BUNDLE) {
      requested.add(request);
    }
    return load.call(this, request, parent, ...rest);
  };
  try {
    const extension = require(BUNDLE);
    assert.equal(typeof extension.activate, 'function');
    assert.equal(typeof extension.deactivate, 'function');
  } finally {
    Module._load = load;
  }
  const foreign = [...requested].filter((name) => name !== 'vscode' && !builtinModules.includes(name.replace(/^node:/, '')));
  assert.deepEqual(foreign, []);
  assert.ok(requested.has('vscode'));
});
