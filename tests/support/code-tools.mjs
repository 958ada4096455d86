// The command-line tools that check lessons' inline code (tests/content), and
// the Debian package that provides each. tests/run.mjs installs missing ones
// when it can; the content tests fail naming the package when one is missing.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** command → Debian package, and where else it may live besides PATH. */
export const CODE_TOOLS = {
  python3: { debian: 'python3', also: [] },
  gofmt: { debian: 'golang-go', also: ['/usr/lib/go/bin'] },
  go: { debian: 'golang-go', also: ['/usr/lib/go/bin'] },
  rustfmt: { debian: 'rustfmt', also: [path.join(homedir(), '.cargo/bin')] },
  sqlite3: { debian: 'sqlite3', also: [] },
  bash: { debian: 'bash', also: [] },
};

/** Absolute path of `command`, or undefined when it is not installed. */
export function findTool(command) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...(CODE_TOOLS[command]?.also ?? [])];
  for (const dir of dirs) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Debian packages still to install for the tools that are missing. */
export function missingPackages() {
  return [...new Set(Object.keys(CODE_TOOLS).filter((c) => !findTool(c)).map((c) => CODE_TOOLS[c].debian))];
}
