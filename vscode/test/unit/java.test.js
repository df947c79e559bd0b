const assert = require('node:assert/strict');
const { test } = require('node:test');
const path = require('path');
const { findJava, parseVersion, JavaNotFound } = require('../../src/java');

/** A `java -version` stand-in: each command answers as the table says; unknown commands do not exist. */
function machine(table) {
  return (command) => {
    const version = table[command];
    if (version === undefined) {
      return { error: Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' }) };
    }
    return { status: 0, output: `openjdk version "${version}" 2024-01-16\nOpenJDK Runtime Environment` };
  };
}

const javaIn = (home) => path.join(home, 'bin', 'java');

test('reads the feature release from java -version, old and new schemes', () => {
  assert.equal(parseVersion('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.equal(parseVersion('java version "1.8.0_392"'), 8);
  assert.equal(parseVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseVersion('openjdk version "22-ea" 2024-03-19'), 22);
  assert.equal(parseVersion('Error: could not create the Java Virtual Machine.'), undefined);
});

test('the setting comes first, before JAVA_HOME and the PATH', () => {
  const run = machine({ [javaIn('/opt/jdk21')]: '21.0.1', [javaIn('/opt/jdk17')]: '17.0.9', java: '17.0.2' });
  const found = findJava({ configured: '/opt/jdk21', env: { JAVA_HOME: '/opt/jdk17' }, platform: 'linux', run });
  assert.deepEqual(found, { command: javaIn('/opt/jdk21'), version: 21, source: 'berth.java.home', skipped: [] });
});

test('a setting that does not work is an error about the setting, with no fallback', () => {
  const run = machine({ [javaIn('/opt/jdk11')]: '11.0.20', java: '21.0.1' });
  assert.throws(() => findJava({ configured: '/opt/jdk11', env: {}, platform: 'linux', run }),
    (error) => error instanceof JavaNotFound && error.fromSetting && /berth\.java\.home.*Java 11/.test(error.message));
});

test('JAVA_HOME is used when it holds Java 17 or later', () => {
  const run = machine({ [javaIn('/opt/jdk17')]: '17.0.9', java: '21.0.1' });
  assert.equal(findJava({ env: { JAVA_HOME: '/opt/jdk17' }, platform: 'linux', run }).source, 'JAVA_HOME');
});

test('a stale JAVA_HOME falls back to java on the PATH and says why', () => {
  const found = findJava({ env: { JAVA_HOME: '/gone/jdk' }, platform: 'linux', run: machine({ java: '21.0.1' }) });
  assert.equal(found.command, 'java');
  assert.equal(found.source, 'PATH');
  assert.deepEqual(found.skipped, [`JAVA_HOME: ${javaIn('/gone/jdk')} does not exist`]);
});

test('a JAVA_HOME older than 17 falls back to the PATH too', () => {
  const run = machine({ [javaIn('/opt/jdk8')]: '1.8.0_392', java: '17.0.2' });
  assert.equal(findJava({ env: { JAVA_HOME: '/opt/jdk8' }, platform: 'linux', run }).version, 17);
});

test('no Java 17 anywhere is an error that names each candidate', () => {
  const run = machine({ [javaIn('/opt/jdk8')]: '1.8.0_392', java: '11.0.2' });
  assert.throws(() => findJava({ env: { JAVA_HOME: '/opt/jdk8' }, platform: 'linux', run }),
    (error) => !error.fromSetting && /JAVA_HOME: .* is Java 8; PATH: java is Java 11/.test(error.message));
});

test('a java that fails to start is not taken', () => {
  const run = () => ({ status: 1, output: 'Error: could not create the Java Virtual Machine.' });
  assert.throws(() => findJava({ env: {}, platform: 'linux', run }), /java -version failed/);
});

test('on Windows the executable is java.exe', () => {
  const run = machine({ [path.join('C:\\jdk', 'bin', 'java.exe')]: '17.0.1' });
  assert.equal(findJava({ configured: 'C:\\jdk', env: {}, platform: 'win32', run }).version, 17);
});

test('the real java on this machine is found past a stale JAVA_HOME', () => {
  const found = findJava({ env: { JAVA_HOME: path.join(__dirname, 'no-such-jdk') } });
  assert.equal(found.source, 'PATH');
  assert.ok(found.version >= 17, `found Java ${found.version}`);
});
