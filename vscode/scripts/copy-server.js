// Copies the language server jar built by Maven (./mvnw -B package) into the extension.
const fs = require('fs');
const path = require('path');

const jar = path.join(__dirname, '..', '..', 'dsl.ide', 'target', 'berth-language-server.jar');
if (!fs.existsSync(jar)) {
  console.error(`${jar} does not exist; build it first with ./mvnw -B package from the repository root`);
  process.exit(1);
}
const target = path.join(__dirname, '..', 'server');
fs.mkdirSync(target, { recursive: true });
fs.copyFileSync(jar, path.join(target, 'berth-language-server.jar'));
