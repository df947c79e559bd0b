// Reads the berth.* settings and opens them for the user.
const vscode = require('vscode');

function config() {
  return vscode.workspace.getConfiguration('berth');
}

module.exports = {
  javaHome: () => config().get('java.home', ''),
  jvmArgs: () => config().get('server.jvmArgs', []),
  output: () => config().get('output', 'berth-out'),
  open: (setting) => vscode.commands.executeCommand('workbench.action.openSettings', setting),
  /** Settings whose change takes effect only when the server restarts. */
  affectsServer: (event) => event.affectsConfiguration('berth.java.home') || event.affectsConfiguration('berth.server.jvmArgs')
};
