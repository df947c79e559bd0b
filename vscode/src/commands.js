// The Berth commands: validate, generate and plan through the command line, the report and topology views, restart.
const vscode = require('vscode');
const { runBerth, meaning } = require('./cli');
const { modelFolder, outputFolder } = require('./folder');
const settings = require('./settings');

class BerthCommands {
  /** `server` gives Java and restarts; `views` shows the generated files; `run` runs the command line. */
  constructor({ server, views, channel, jar, run = runBerth }) {
    this.server = server;
    this.views = views;
    this.channel = channel;
    this.jar = jar;
    this.run = run;
  }

  register() {
    return [
      ['berth.validateWorkspace', () => this.berth('validate', () => [])],
      ['berth.generate', () => this.berth('generate', (output) => ['-o', output])],
      ['berth.plan', () => this.berth('plan', (output) => ['-o', output])],
      ['berth.showReport', () => this.show('report')],
      ['berth.showTopology', () => this.show('topology')],
      ['berth.restartServer', () => this.server.restart()]
    ].map(([id, handler]) => vscode.commands.registerCommand(id, handler));
  }

  /**
   * Runs `berth COMMAND [OPTIONS] FOLDER` on the model folder, given absolute so that the paths it prints are
   * links; resolves with the exit status, or undefined when it could not run.
   */
  async berth(command, options) {
    const folder = await modelFolder();
    if (!folder) {
      vscode.window.showErrorMessage('Berth: open a folder or a .berth file first.');
      return undefined;
    }
    const java = this.server.java();
    if (!java) {
      return undefined;
    }
    await vscode.workspace.saveAll(false);
    const output = outputFolder(folder, settings.output());
    const args = [command, ...options(output), folder];
    this.channel.show(true);
    const status = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `berth ${command}`, cancellable: true },
      (progress, token) => this.run({ java: java.command, jar: this.jar, args, cwd: folder, channel: this.channel, token }));
    this.report(command, status, output);
    return status;
  }

  report(command, status, output) {
    if (status !== 0) {
      this.channel.appendLine(`berth ${command} failed: ${meaning(status)}`);
      vscode.window.showErrorMessage(`berth ${command} failed: ${meaning(status)}.`);
      return;
    }
    this.channel.appendLine(`berth ${command}: done, no errors`);
    if (command !== 'validate') {
      this.views.refresh(output);
    }
  }

  async show(view) {
    const folder = await modelFolder();
    if (!folder) {
      vscode.window.showErrorMessage('Berth: open a folder or a .berth file first.');
      return false;
    }
    const output = outputFolder(folder, settings.output());
    if (this.views.show(view, output)) {
      return true;
    }
    const action = await vscode.window.showInformationMessage(
      `Berth: ${output} has no ${view === 'report' ? 'analysis report' : 'topology'} yet.`, 'Generate');
    if (action === 'Generate' && (await this.berth('generate', (out) => ['-o', out])) === 0) {
      return this.views.show(view, output);
    }
    return false;
  }
}

module.exports = { BerthCommands };
