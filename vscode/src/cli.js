// Runs the Berth command line from the bundled server jar, which carries it, and streams its output.
const { spawn } = require('child_process');

const MAIN_CLASS = 'dev.berth.cli.BerthCli';

const EXIT_MEANINGS = {
  1: 'the model has errors',
  2: 'a usage error, an unreadable input, or no ansible-playbook',
  3: 'an internal failure',
  4: 'a machine failed or could not be reached'
};

/** What an exit status of the command line means. */
function meaning(status) {
  return EXIT_MEANINGS[status] || `exit status ${status}`;
}

/**
 * Runs `berth ARGS` in `cwd` with `java`, writing each chunk of output to `channel`; resolves with the exit
 * status. Cancelling `token` stops the process.
 */
function runBerth({ java, jar, args, cwd, channel, token, launch = spawn }) {
  channel.appendLine(`$ berth ${args.join(' ')}    (in ${cwd})`);
  return new Promise((resolve) => {
    const child = launch(java, ['-cp', jar, MAIN_CLASS, ...args], { cwd });
    child.stdout.on('data', (chunk) => channel.append(chunk.toString()));
    child.stderr.on('data', (chunk) => channel.append(chunk.toString()));
    const cancelled = token && token.onCancellationRequested(() => child.kill());
    child.on('error', (error) => {
      channel.appendLine(`berth: cannot start ${java}: ${error.message}`);
      resolve(-1);
    });
    child.on('close', (status) => {
      if (cancelled) {
        cancelled.dispose();
      }
      resolve(status === null ? -1 : status);
    });
  });
}

module.exports = { runBerth, meaning, MAIN_CLASS };
