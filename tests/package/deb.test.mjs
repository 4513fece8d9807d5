// Builds the Debian package with the Tauri CLI and checks what it would install.
//
//   node --test tests/package/                      # debug build:   tauri build --debug --bundles deb
//   BRIEFDESK_DEB_RELEASE=1 node --test tests/package/   # release build: tauri build --bundles deb
//   BRIEFDESK_DEB=path/to/x.deb node --test tests/package/   # only inspect an existing .deb
//
// The CLI runs beforeBuildCommand (the UI build) first. The package is unpacked with
// `dpkg-deb -x` into a scratch root (nothing is installed on this machine). Needs the Tauri CLI
// in ui/node_modules (`npm --prefix ui ci`), else falls back to `npx @tauri-apps/cli@2`.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.join(REPO, 'tests/.out');
const RELEASE = !!process.env.BRIEFDESK_DEB_RELEASE;
const PROFILE = RELEASE ? 'release' : 'debug';
const BINARY = 'briefdesk-app';

let deb;
let root;
let info;
const timings = {};

function log(...a) {
  console.error('[deb]', ...a);
}

function tauriCli() {
  const local = path.join(REPO, 'ui/node_modules/.bin/tauri');
  if (fs.existsSync(local)) return { cmd: local, pre: [] };
  return { cmd: 'npx', pre: ['--yes', '@tauri-apps/cli@2'] };
}

function buildDeb() {
  const { cmd, pre } = tauriCli();
  const args = [...pre, 'build', ...(RELEASE ? [] : ['--debug']), '--bundles', 'deb'];
  log(`${path.relative(REPO, cmd) || cmd} ${args.join(' ')}  (cwd src-tauri)`);
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: path.join(REPO, 'src-tauri'),
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, CI: 'true' },
  });
  timings.buildSeconds = (Date.now() - started) / 1000;
  log(`tauri build took ${timings.buildSeconds.toFixed(1)} s`);
  assert.equal(r.status, 0, `tauri build failed (${r.error?.message ?? `exit ${r.status}`})`);
  const dir = path.join(REPO, 'target', PROFILE, 'bundle/deb');
  const debs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.deb'))
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).mtimeMs >= started - 1000);
  assert.equal(debs.length, 1, `exactly one fresh .deb in ${dir}: ${debs}`);
  return debs[0];
}

function parseControl(text) {
  const fields = {};
  let key = null;
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Za-z-]+): ?(.*)$/.exec(line);
    if (m && !line.startsWith('  ')) {
      key = m[1];
      fields[key] = m[2];
    } else if (key && line.trim()) {
      fields[key] += `\n${line.trim()}`;
    }
  }
  return fields;
}

before(() => {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  deb = process.env.BRIEFDESK_DEB ? path.resolve(process.env.BRIEFDESK_DEB) : buildDeb();
  log(`package ${path.relative(REPO, deb)} (${(fs.statSync(deb).size / 1e6).toFixed(1)} MB)`);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefdesk-deb-'));
  execFileSync('dpkg-deb', ['-x', deb, root]);
  info = execFileSync('dpkg-deb', ['-I', deb], { encoding: 'utf8' });
});

after(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
  if (deb) {
    fs.writeFileSync(
      path.join(OUT_DIR, 'package-deb.json'),
      JSON.stringify({ deb: path.relative(REPO, deb), bytes: fs.statSync(deb).size, profile: PROFILE, ...timings }, null, 2),
    );
  }
});

test('control metadata: name, version, architecture, dependencies', () => {
  const c = parseControl(info);
  log(`Package: ${c.Package} ${c.Version} ${c.Architecture}; Depends: ${c.Depends}`);
  assert.equal(c.Package, 'briefdesk');
  assert.match(c.Version, /^\d+\.\d+\.\d+/);
  assert.equal(c.Architecture, execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim());
  const depends = c.Depends.split(',').map((d) => d.trim().split(/\s/)[0]);
  assert.ok(depends.includes('libwebkit2gtk-4.1-0'), `Depends: ${c.Depends}`);
  assert.ok(depends.includes('libgtk-3-0'), `Depends: ${c.Depends}`);
  assert.ok(c.Description?.length > 0, 'has a description');
});

test('the binary is installed in /usr/bin, executable, and its libraries resolve', () => {
  const bin = path.join(root, 'usr/bin', BINARY);
  const st = fs.statSync(bin);
  assert.ok(st.isFile());
  assert.ok((st.mode & 0o111) === 0o111, `executable by all (mode ${(st.mode & 0o777).toString(8)})`);
  const ldd = execFileSync('ldd', [bin], { encoding: 'utf8' });
  assert.ok(!/not found/.test(ldd), `every shared library resolves:\n${ldd}`);
  assert.ok(/libwebkit2gtk-4\.1/.test(ldd), 'links WebKitGTK 4.1 (hence the Depends)');
});

test('the desktop entry names Briefdesk and runs the binary', () => {
  const appsDir = path.join(root, 'usr/share/applications');
  const entries = fs.readdirSync(appsDir).filter((f) => f.endsWith('.desktop'));
  assert.equal(entries.length, 1, `one .desktop file: ${entries}`);
  const text = fs.readFileSync(path.join(appsDir, entries[0]), 'utf8');
  const get = (k) => (new RegExp(`^${k}=(.*)$`, 'm').exec(text) ?? [])[1];
  assert.match(text, /^\[Desktop Entry\]/m);
  assert.equal(get('Name'), 'Briefdesk');
  assert.equal(get('Type'), 'Application');
  const exec = get('Exec');
  assert.ok(exec, 'has Exec');
  const execBin = exec.split(/\s+/)[0];
  assert.ok(execBin === BINARY || execBin === `/usr/bin/${BINARY}`, `Exec runs the binary: ${exec}`);
  const icon = get('Icon');
  assert.ok(icon, 'has Icon');
  const iconFiles = fs
    .readdirSync(path.join(root, 'usr/share/icons/hicolor'), { recursive: true })
    .filter((f) => f.endsWith(`apps/${icon}.png`));
  assert.ok(iconFiles.length >= 2, `hicolor icons named ${icon}: ${iconFiles}`);
  log(`desktop entry ${entries[0]}: Exec=${exec} Icon=${icon}; icons: ${iconFiles.join(', ')}`);
});

test('hicolor icons are real PNGs of the sizes they claim', () => {
  const base = path.join(root, 'usr/share/icons/hicolor');
  const pngs = fs.readdirSync(base, { recursive: true }).filter((f) => f.endsWith('.png'));
  assert.ok(pngs.length >= 2);
  for (const rel of pngs) {
    const buf = fs.readFileSync(path.join(base, rel));
    assert.equal(buf.subarray(1, 4).toString('latin1'), 'PNG', rel);
    const w = buf.readUInt32BE(16);
    const h = buf.readUInt32BE(20);
    const m = /^(\d+)x(\d+)(@2)?\//.exec(rel);
    assert.ok(m, `icon under a size directory: ${rel}`);
    const scale = m[3] ? 2 : 1;
    assert.deepEqual([w, h], [Number(m[1]) * scale, Number(m[2]) * scale], rel);
  }
});
