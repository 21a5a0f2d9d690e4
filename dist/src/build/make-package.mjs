// Makes the npm package xwindow from what the Maven build compiled, and packs it:
//
//   node make-package.mjs ROOT VERSION
//
// reads  dist/target/module/LIB.js      each library built as a module (define xwindow.MODULE)
//        dist/target/script/BUNDLE.js   each script-tag bundle built again with its source map
//        MODULE/target/BUNDLE.js       the bundle every test ran: the packaged one must be the same
//        MODULE/target/BUNDLE.d.ts     its typings, for the global
//        (an add-on, beaver-vitals.js or beaver-transitions.js: its script-tag bundle is its module form too)
// writes dist/target/package/          the package's folder (package.json, dist/, ...)
//        dist/target/xwindow-VERSION.tgz   `npm pack` of that folder
//        dist/target/script-tags.html   the README's script-tag lines (libraries, then add-ons), with each file's integrity
//        dist/target/webjar/integrity.json   the WebJar's manifest: its files (the script-tag ones)
//
// Uses Node's own modules only: the build needs nothing from the npm registry.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const [root, version] = process.argv.slice(2);
if (!root || !version) {
  console.error('usage: node make-package.mjs ROOT VERSION');
  process.exit(2);
}

/**
 * The libraries: the subpath, the module that builds it, its global and its typings (those of
 * typingsOf, when given, for its module form).
 */
const LIBRARIES = [
  { name: 'post-robot', module: 'post-robot', global: 'postRobot' },
  { name: 'xcomponent', module: 'xcomponent', global: 'xcomponent' },
  // zoid.js is xcomponent.js under another global: its module form is xcomponent's, re-exported
  { name: 'zoid', module: 'xcomponent', global: 'zoid', sameAs: 'xcomponent' },
  // the child's build, for a component's own page that renders no component: the same API, with
  // xcomponent's typings (its own typings file, for the global, takes them from xcomponent.d.ts)
  { name: 'xcomponent-child', module: 'xcomponent', global: 'xcomponent', typingsOf: 'xcomponent' },
  { name: 'zoid-child', module: 'xcomponent', global: 'zoid', sameAs: 'xcomponent-child' },
  { name: 'beaver-logger', module: 'beaver-logger', global: 'beaver' },
  { name: 'memcookies', module: 'memcookies-server/client', global: 'memcookies' },
];

/**
 * The add-ons: a script that defines no global and exports nothing, but registers itself for its
 * library (beaver-vitals.js, the web vitals of beaver-logger.js, under
 * Symbol.for('xwindow.beaver-vitals'); beaver-transitions.js, its automatic page transitions,
 * under Symbol.for('xwindow.beaver-transitions')). The same code serves the script tag and the module forms,
 * an import for its side effect (`import 'xwindow/beaver-vitals'`) or a require.
 */
const ADDONS = [
  { name: 'beaver-vitals', module: 'beaver-logger', of: 'beaver-logger' },
  { name: 'beaver-transitions', module: 'beaver-logger', of: 'beaver-logger' },
];

/** The module's own variable the code hands its API to (declared in base.externs.js). */
const MODULE_API = '_';
/** Where the README's script tags point: the package on a CDN that serves npm packages. */
const CDN = `https://cdn.jsdelivr.net/npm/xwindow@${version}/dist/`;
const REPOSITORY = process.env.XWINDOW_REPOSITORY;
if (!/^https:\/\/\S+$/.test(REPOSITORY || '')) {
  console.error('make-package: set XWINDOW_REPOSITORY to the https URL of the repository');
  process.exit(2);
}

const target = path.join(root, 'dist', 'target');
const out = path.join(target, 'package');
const dist = path.join(out, 'dist');
fs.rmSync(out, { recursive: true, force: true });
for (const dir of [dist, path.join(dist, 'esm'), path.join(dist, 'cjs')]) {
  fs.mkdirSync(dir, { recursive: true });
}

const read = (file) => fs.readFileSync(file, 'utf8');
const write = (file, text) => fs.writeFileSync(path.join(out, file), text);
const fail = (message) => {
  console.error('make-package: ' + message);
  process.exit(1);
};

// 1. The script-tag bundles, with their source maps.
for (const lib of [...LIBRARIES, ...ADDONS]) {
  const bundle = `${lib.name}.js`;
  const shipped = read(path.join(root, lib.module, 'target', bundle));
  const mapped = read(path.join(target, 'script', bundle));
  // Built twice from the same sources, once with a source map: the same code, and a comment.
  const comment = `//# sourceMappingURL=${bundle}.map\n`;
  if (mapped !== shipped + comment) {
    fail(`${bundle} built with its source map is not ${lib.module}/target/${bundle} + "${comment.trim()}"`);
  }
  write(`dist/${bundle}`, mapped);
  write(`dist/${lib.name}-${version}.min.js`, mapped);
  write(`dist/${bundle}.map`, JSON.stringify(sourceMap(path.join(target, 'script', bundle + '.map'))));
  write(`dist/${lib.name}.d.ts`, typingsHeader(lib) + (lib.of ? addOnTypings(lib)
    : read(path.join(root, lib.module, 'target', `${lib.name}.d.ts`))));
}

/** An add-on's typings: it has no API (it registers itself), so its module declares none. */
function addOnTypings(lib) {
  return `// Loaded, it registers itself for ${lib.of}; it exports nothing.\nexport {};\n`;
}

/**
 * The map as the plugin wrote it, with the sources that are ours (io/xwindow/..., Java and
 * JavaScript) inside it, so that a page's developer tools show them; the rest (the JRE,
 * Elemental2, Closure) by name only.
 */
function sourceMap(file) {
  const map = JSON.parse(read(file));
  const dir = path.dirname(file);
  map.sources = map.sources.map((source) => source.replace(/^sources\//, ''));
  map.sourcesContent = map.sources.map((source) => isOurs(source) ? read(path.join(dir, 'sources', source)) : null);
  return map;
}

/** Our Java and hand-written JavaScript; not the JavaScript J2CL made of the Java (X.java.js, X.impl.java.js). */
function isOurs(source) {
  return source.startsWith('io/xwindow/') && !source.endsWith('.java.js');
}

function typingsHeader(lib) {
  return `// Type definitions for xwindow ${version}: ${lib.name}\n`;
}

// 2. The module form of each library: an ES module and a CommonJS module, each with typings.
const membersByLibrary = {};
for (const lib of LIBRARIES) {
  if (lib.sameAs) {
    writeAlias(lib, ...membersByLibrary[lib.sameAs]);
  } else {
    membersByLibrary[lib.name] = writeModule(lib);
  }
}

/**
 * An add-on's module forms: its script-tag code, run with the page's global as `this` (it is
 * undefined in a module), as it is imported or required; it exports nothing.
 */
for (const addOn of ADDONS) {
  const code = read(path.join(root, addOn.module, 'target', `${addOn.name}.js`));
  const tail = '}).call(this);\n';
  if (!code.startsWith('(function(){') || !code.endsWith(tail)) {
    fail(`${addOn.module}/target/${addOn.name}.js is not the (function(){...}).call(this); that Closure writes`);
  }
  const body = code.slice(0, -tail.length) + '}).call(globalThis);\n';
  write(`dist/esm/${addOn.name}.mjs`, body);
  write(`dist/cjs/${addOn.name}.cjs`, '"use strict";' + body);
  write(`dist/esm/${addOn.name}.d.mts`, typingsHeader(addOn) + addOnTypings(addOn));
  write(`dist/cjs/${addOn.name}.d.cts`, typingsHeader(addOn) + addOnTypings(addOn));
}

function writeModule(lib) {
  const code = read(path.join(target, 'module', `${lib.name}.js`));
  const tail = '}).call(this);\n';
  if (!code.startsWith('(function(){') || !code.endsWith(tail)) {
    fail(`module/${lib.name}.js is not the (function(){...}).call(this); that Closure writes`);
  }
  // The code's own global is the page's: `this` is undefined in a module.
  const body = code.slice(0, -tail.length) + '}).call(globalThis);';
  const members = membersOf(lib, body);
  const declared = declaredMembers(lib, members);
  const typings = moduleTypings(lib, declared);
  write(`dist/esm/${lib.name}.mjs`, moduleCode(body, members, 'esm'));
  write(`dist/cjs/${lib.name}.cjs`, moduleCode(body, members, 'cjs'));
  write(`dist/esm/${lib.name}.d.mts`, typings);
  write(`dist/cjs/${lib.name}.d.cts`, typings);
  return [members, declared];
}

/** A library that is another under a second global name: its modules re-export the other's. */
function writeAlias(lib, names, declared) {
  const note = `// The same API as xwindow/${lib.sameAs}: ${lib.name}.js is ${lib.sameAs}.js under the global ${lib.global}.\n`;
  // each name, not export *: tools that check typings against the code (attw) read named exports only
  const reexport = (from, what) => `export { ${what.join(', ')} } from './${lib.sameAs}.${from}';\n`;
  const esm = reexport('mjs', [...names, 'default']);
  const cjs = [`const same = require('./${lib.sameAs}.cjs');`,
    ...names.map((name) => `exports.${name} = same.${name};`),
    `exports.default = { ${names.map((n) => `${n}: exports.${n}`).join(', ')} };`,
    "Object.defineProperty(exports, '__esModule', { value: true });"].join('\n') + '\n';
  write(`dist/esm/${lib.name}.mjs`, note + esm);
  write(`dist/esm/${lib.name}.d.mts`, typingsHeader(lib) + reexport('mjs', [...declared, 'default']));
  write(`dist/cjs/${lib.name}.cjs`, note + "'use strict';\n" + cjs);
  write(`dist/cjs/${lib.name}.d.cts`, typingsHeader(lib) + reexport('cjs', [...declared, 'default']));
}

/**
 * The members of the API object the code hands out, read by running the code here, in a context
 * of its own (importing it touches no window): its functions and its constants.
 */
function membersOf(lib, body) {
  const context = vm.createContext({});
  const api = vm.runInContext(`(function(){let ${MODULE_API};${body}return ${MODULE_API};})()`, context);
  if (api === null || typeof api !== 'object') {
    fail(`module/${lib.name}.js handed out no API object`);
  }
  const members = Object.keys(api);
  for (const key of members) {
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) {
      fail(`${lib.name}: member '${key}' is not a name a module can export`);
    }
  }
  if (api.version !== version) {
    fail(`${lib.name}: the code says version ${api.version}, Maven says ${version}`);
  }
  return members;
}

/**
 * The module: the code, run as it is imported, hands its API object to the module's own variable
 * (see io.xwindow.base.publish: in the module form each function of it finds, when called, the
 * copy that serves the window, so importing registers and starts nothing); the object is the
 * default export, each of its members a named export. Written compact: it ships beside code that
 * Closure has made as small as it can, and the module is measured against the script-tag bundle.
 * The names are listed once, in the order the code has them, so that gzip finds them there.
 */
function moduleCode(body, members, kind) {
  const api = MODULE_API;
  const exported = kind === 'esm'
    ? `export const{${members.join(',')}}=${api};export default ${api};\n`
    : members.map((name) => `exports.${name}=${api}.${name};`).join('')
      + `exports.default=${api};Object.defineProperty(exports,"__esModule",{value:!0});\n`;
  // No banner: the script-tag bundle has none, and the module is measured against it.
  return (kind === 'cjs' ? '"use strict";' : '') + `let ${api};` + body + '\n' + exported;
}

/** The typings of {@code lib}'s global, as they are built beside its bundle. */
function globalTypings(lib) {
  const source = read(path.join(root, lib.module, 'target', `${lib.typingsOf || lib.name}.d.ts`));
  // Some are also usable as a CommonJS module (`export =`): what makes them so goes, and the
  // namespace becomes the module's own.
  const umd = [`export = ${lib.global};\n`, `export as namespace ${lib.global};\n`];
  return umd.reduce((text, line) => text.replace(line, ''), source);
}

/** What the typings declare in the global's namespace; fails when they miss a member of the API. */
function declaredMembers(lib, apiMembers) {
  const declared = namespaceMembers(globalTypings(lib), lib.global);
  const undeclared = apiMembers.filter((member) => !declared.includes(member));
  if (undeclared.length > 0) {
    fail(`${lib.name}.d.ts declares no ${undeclared.join(', ')}`);
  }
  return declared;
}

/**
 * The typings of the module form, from the global's: the namespace as it is, exported as the
 * default, and each of its members as a named export (types too).
 */
function moduleTypings(lib, declared) {
  return typingsHeader(lib) + globalTypings(lib).trimEnd() + '\n\n' +
    `export default ${lib.global};\n` +
    declared.map((member) => `export import ${member} = ${lib.global}.${member};\n`).join('');
}

/** The names declared at the top level of `declare namespace NAME { ... }`. */
function namespaceMembers(text, name) {
  const start = text.indexOf(`declare namespace ${name} {`);
  if (start < 0) {
    fail(`no 'declare namespace ${name} {' in its typings`);
  }
  const names = [];
  let depth = 0;
  let i = text.indexOf('{', start);
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest.startsWith('//')) {
      i = text.indexOf('\n', i);
    } else if (rest.startsWith('/*')) {
      i = text.indexOf('*/', i) + 2;
    } else if (/^['"`]/.test(rest)) {
      const quote = rest[0];
      let j = i + 1;
      while (text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if ('{(['.includes(rest[0])) {
      depth++;
      i++;
    } else if ('})]'.includes(rest[0])) {
      depth--;
      i++;
      if (depth === 0) return [...new Set(names)];
    } else {
      const declaration = depth === 1 &&
        /^(?:export\s+)?(?:declare\s+)?(?:type|interface|function|const|let|var|class|enum|namespace)\s+([A-Za-z_$][\w$]*)/.exec(rest);
      if (declaration && /[\s;{}]/.test(text[i - 1])) {
        names.push(declaration[1]);
        i += declaration[0].length;
      } else {
        i++;
      }
    }
  }
  fail(`the namespace ${name} in its typings does not close`);
}

// 3. The package's own files.
write('LICENSE', read(path.join(root, 'LICENSE')));
write('CHANGELOG.md', read(path.join(root, 'CHANGELOG.md')));
write('README.md', read(path.join(root, 'dist', 'src', 'main', 'npm', 'README.md')).replaceAll('${version}', version));
write('package.json', JSON.stringify(packageJson(), null, 2) + '\n');
// For resolvers that know no "exports" (TypeScript's node10, older Node): xwindow/post-robot is a folder.
for (const lib of [...LIBRARIES, ...ADDONS]) {
  fs.mkdirSync(path.join(out, lib.name));
  write(`${lib.name}/package.json`, JSON.stringify({
    main: `../dist/cjs/${lib.name}.cjs`, types: `../dist/cjs/${lib.name}.d.cts`,
  }, null, 2) + '\n');
}

function packageJson() {
  const exports = {};
  for (const lib of [...LIBRARIES, ...ADDONS]) {
    exports[`./${lib.name}`] = {
      import: { types: `./dist/esm/${lib.name}.d.mts`, default: `./dist/esm/${lib.name}.mjs` },
      require: { types: `./dist/cjs/${lib.name}.d.cts`, default: `./dist/cjs/${lib.name}.cjs` },
    };
  }
  // the script-tag files, for a bundler that copies them or a page that imports one for its global
  exports['./dist/*'] = './dist/*';
  exports['./package.json'] = './package.json';
  return {
    name: 'xwindow',
    version,
    description: 'Cross-window messaging and cross-domain components: post-robot, zoid/xcomponent, '
      + 'beaver-logger and memcookies, written in Java and compiled to small JavaScript.',
    keywords: ['postmessage', 'post-robot', 'zoid', 'xcomponent', 'iframe', 'popup', 'cross-domain', 'beaver-logger', 'memcookies'],
    license: 'Apache-2.0',
    repository: { type: 'git', url: `git+${REPOSITORY}.git` },
    homepage: `${REPOSITORY}#readme`,
    bugs: { url: `${REPOSITORY}/issues` },
    exports,
    // the file a CDN serves for the package's bare URL
    unpkg: './dist/post-robot.js',
    jsdelivr: './dist/post-robot.js',
    // importing a library's module does nothing; a script-tag file defines its global, and an
    // add-on registers itself, imported or not (a bundler must keep `import 'xwindow/beaver-vitals'`)
    sideEffects: ['./dist/*.js', ...ADDONS.flatMap((addOn) => [`./dist/esm/${addOn.name}.mjs`, `./dist/cjs/${addOn.name}.cjs`])],
    type: 'commonjs',
    files: ['dist', ...[...LIBRARIES, ...ADDONS].map((lib) => lib.name), 'CHANGELOG.md'],
  };
}

// 4. Each file's integrity, in the package and as the README's script tags.
const integrity = {};
for (const file of listFiles(dist)) {
  const bytes = fs.readFileSync(path.join(dist, file));
  integrity[file] = { integrity: 'sha384-' + createHash('sha384').update(bytes).digest('base64'), bytes: bytes.length };
}
write('dist/integrity.json', JSON.stringify({ version, files: integrity }, null, 2) + '\n');
// The WebJar has the script-tag files only (not the package's modules): its manifest lists those.
const scriptTagFiles = Object.fromEntries(Object.entries(integrity).filter(([file]) => !file.includes('/')));
fs.mkdirSync(path.join(target, 'webjar'), { recursive: true });
fs.writeFileSync(path.join(target, 'webjar', 'integrity.json'), JSON.stringify({ version, files: scriptTagFiles }, null, 2) + '\n');

// the libraries, then the add-ons (each after its library on a page)
const tags = [...LIBRARIES, ...ADDONS].map((lib) => {
  const file = `${lib.name}-${version}.min.js`;
  return `<script src="${CDN}${file}" integrity="${integrity[file].integrity}" crossorigin="anonymous"></script>\n`;
}).join('');
fs.writeFileSync(path.join(target, 'script-tags.html'), tags);

function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory()
    ? listFiles(path.join(dir, entry.name), prefix + entry.name + '/')
    : [prefix + entry.name]).sort();
}

// 5. The tarball, as npm publishes it.
for (const old of fs.readdirSync(target).filter((f) => /^xwindow-.*\.tgz$/.test(f))) {
  fs.rmSync(path.join(target, old));
}
execFileSync('npm', ['pack', '--pack-destination', target, '--silent'], { cwd: out, stdio: ['ignore', 'ignore', 'inherit'] });
const tarball = path.join(target, `xwindow-${version}.tgz`);
if (!fs.existsSync(tarball)) {
  fail(`npm pack left no ${tarball}`);
}
console.log(`make-package: ${path.relative(root, tarball)}`);
