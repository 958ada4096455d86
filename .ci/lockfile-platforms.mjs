// Restores the lock file entries of other platforms' optional binaries
// (@next/swc-darwin-arm64, @rollup/rollup-win32-x64-msvc, …).
//
// Why: this machine's registry mirror serves only the Linux builds, so
// `npm install` here writes a lock without the others, and `npm ci` then
// refuses the lock as out of sync. Run `node .ci/lockfile-platforms.mjs`
// after changing dependencies. The added entries carry no integrity hash: a
// machine that needs one (a Mac, say) fetches it from its own registry.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

const OS = ['android', 'darwin', 'freebsd', 'linux', 'netbsd', 'openbsd', 'openharmony', 'sunos', 'win32', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 's390x', 'riscv64', 'mips64el', 'wasm32'];
const pick = (name, words) => words.find((w) => name.split(/[-/]/).includes(w));

let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const version = String(spec).replace(/^[\^~=]/, '');
    if (packages[key] || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) continue;
    const os = pick(name, OS);
    const cpu = pick(name.replace(/arm-(gnu|musl)eabihf|arm-eabi/, 'arm'), CPU);
    packages[key] = { version, optional: true, ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }) };
    added++;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile-platforms: added ${added} optional platform entries`);
