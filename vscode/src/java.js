// Finds a Java 17 or later to run Berth: the berth.java.home setting, then JAVA_HOME, then java on the PATH.
const path = require('path');
const { spawnSync } = require('child_process');

const MINIMUM_VERSION = 17;

/** A Java that cannot run Berth; `fromSetting` says whether berth.java.home is the one to fix. */
class JavaNotFound extends Error {
  constructor(message, fromSetting) {
    super(message);
    this.fromSetting = fromSetting;
  }
}

function probe(command) {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8', timeout: 15000 });
  return { error: result.error, status: result.status, output: `${result.stderr || ''}${result.stdout || ''}` };
}

/** The feature release in `java -version` output: 17 for "17.0.2", 8 for "1.8.0_392". */
function parseVersion(output) {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) {
    return undefined;
  }
  const major = Number(match[1]);
  return major === 1 && match[2] ? Number(match[2]) : major;
}

function executable(home, platform) {
  const name = platform === 'win32' ? 'java.exe' : 'java';
  return home ? path.join(home, 'bin', name) : name;
}

/** Why the Java at `command` cannot run Berth, or its version when it can. */
function check(command, run) {
  const result = run(command);
  if (result.error) {
    return { problem: result.error.code === 'ENOENT' ? `${command} does not exist` : `${command} cannot run (${result.error.message})` };
  }
  const version = parseVersion(result.output);
  if (result.status !== 0 || version === undefined) {
    return { problem: `${command} -version failed` };
  }
  if (version < MINIMUM_VERSION) {
    return { problem: `${command} is Java ${version}` };
  }
  return { version };
}

/**
 * The Java to use: `{ command, version, source, skipped }`. A berth.java.home that does not work is an
 * error; a JAVA_HOME that does not work is skipped for java on the PATH.
 */
function findJava({ configured, env = process.env, platform = process.platform, run = probe }) {
  if (configured) {
    const command = executable(configured, platform);
    const found = check(command, run);
    if (found.problem) {
      throw new JavaNotFound(`berth.java.home does not point at Java ${MINIMUM_VERSION} or later: ${found.problem}.`, true);
    }
    return { command, version: found.version, source: 'berth.java.home', skipped: [] };
  }
  const skipped = [];
  const candidates = env.JAVA_HOME ? [['JAVA_HOME', env.JAVA_HOME], ['PATH', '']] : [['PATH', '']];
  for (const [source, home] of candidates) {
    const command = executable(home, platform);
    const found = check(command, run);
    if (!found.problem) {
      return { command, version: found.version, source, skipped };
    }
    skipped.push(`${source}: ${found.problem}`);
  }
  throw new JavaNotFound(
    `Berth needs Java ${MINIMUM_VERSION} or later (${skipped.join('; ')}). Install it, or set berth.java.home to its folder.`,
    false);
}

module.exports = { findJava, parseVersion, JavaNotFound, MINIMUM_VERSION };
