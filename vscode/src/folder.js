// The folder Berth's commands work on: the active file's workspace folder or its own, else the only or a picked workspace folder.
const path = require('path');
const vscode = require('vscode');

async function modelFolder() {
  const editor = vscode.window.activeTextEditor;
  const active = editor && editor.document.uri.scheme === 'file' ? editor.document.uri : undefined;
  const owner = active && vscode.workspace.getWorkspaceFolder(active);
  if (owner) {
    return owner.uri.fsPath;
  }
  if (active && active.fsPath.endsWith('.berth')) {
    return path.dirname(active.fsPath);
  }
  const folders = vscode.workspace.workspaceFolders || [];
  return folders.length > 1 ? pick() : folders.length === 1 ? folders[0].uri.fsPath : undefined;
}

async function pick() {
  const chosen = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'The folder whose .berth files Berth reads' });
  return chosen ? chosen.uri.fsPath : undefined;
}

/** The output folder (berth.output) of the model in `folder`. */
function outputFolder(folder, output) {
  return path.resolve(folder, output);
}

module.exports = { modelFolder, outputFolder };
