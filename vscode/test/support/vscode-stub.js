// A stand-in for the `vscode` module that records what the extension asks of the editor; requiring it installs it.
const Module = require('module');
const path = require('path');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? __filename : resolve.call(this, request, ...rest);
};

const calls = [];
const answers = {};
const settings = {};
const state = { activeFile: undefined, folders: [] };

function record(name) {
  return (...args) => {
    calls.push({ name, args });
    return Promise.resolve(answers[name]);
  };
}

const uri = (fsPath) => ({ scheme: 'file', fsPath });

function webviewPanel(viewType, title) {
  const panel = {
    viewType, title, webview: { html: '' }, revealed: 0,
    reveal() {
      panel.revealed++;
    },
    onDidDispose(listener) {
      panel.dispose = listener;
    }
  };
  calls.push({ name: 'createWebviewPanel', args: [viewType, title], panel });
  return panel;
}

// Classes vscode-languageclient extends when it loads.
class Stand {}

module.exports = {
  calls, answers, settings, state,
  /** Forgets calls, answers, settings and the editor state between tests. */
  reset() {
    calls.length = 0;
    [answers, settings].forEach((map) => Object.keys(map).forEach((key) => delete map[key]));
    state.activeFile = undefined;
    state.folders = [];
  },
  called: (name) => calls.filter((call) => call.name === name),
  Uri: { file: uri },
  ViewColumn: { Beside: -2 },
  ProgressLocation: { Notification: 15 },
  StatusBarAlignment: { Left: 1 },
  ThemeColor: class { constructor(id) { this.id = id; } },
  window: {
    get activeTextEditor() {
      return state.activeFile && { document: { uri: uri(state.activeFile) } };
    },
    showErrorMessage: record('showErrorMessage'),
    showInformationMessage: record('showInformationMessage'),
    showWorkspaceFolderPick: record('showWorkspaceFolderPick'),
    withProgress: (options, task) => task({ report() {} }, { onCancellationRequested: () => ({ dispose() {} }) }),
    createWebviewPanel: webviewPanel,
    createStatusBarItem: () => ({ show() {}, dispose() {} })
  },
  workspace: {
    get workspaceFolders() {
      return state.folders.map((folder) => ({ uri: uri(folder) }));
    },
    getWorkspaceFolder: (file) => {
      const folder = state.folders.find((candidate) => file.fsPath.startsWith(candidate + path.sep));
      return folder && { uri: uri(folder) };
    },
    getConfiguration: (section) => ({ get: (key, fallback) => settings[`${section}.${key}`] ?? fallback }),
    saveAll: record('saveAll')
  },
  commands: {
    registerCommand: (id, handler) => ({ id, handler, dispose() {} }),
    executeCommand: record('executeCommand')
  },
  CallHierarchyItem: Stand, CancellationError: Stand, CodeAction: Stand, CodeLens: Stand, CompletionItem: Stand,
  Diagnostic: Stand, DocumentLink: Stand, InlayHint: Stand, SymbolInformation: Stand, TypeHierarchyItem: Stand
};
