// The status bar item that shows whether the Berth language server is starting, ready or failed.
const vscode = require('vscode');

const LOOKS = {
  starting: { text: '$(sync~spin) Berth', tooltip: 'Berth language server: starting' },
  ready: { text: '$(check) Berth', tooltip: 'Berth language server: ready (click to restart)' },
  error: { text: '$(error) Berth', tooltip: 'Berth language server: not running (click to restart)' }
};

class ServerStatus {
  constructor() {
    this.item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 0);
    this.item.name = 'Berth Language Server';
    this.item.command = 'berth.restartServer';
    this.item.show();
  }

  /** Shows `state` (starting, ready or error), with `detail` added to the tooltip. */
  show(state, detail) {
    this.state = state;
    this.item.text = LOOKS[state].text;
    this.item.tooltip = detail ? `${LOOKS[state].tooltip}\n${detail}` : LOOKS[state].tooltip;
    this.item.backgroundColor = state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose() {
    this.item.dispose();
  }
}

module.exports = { ServerStatus };
