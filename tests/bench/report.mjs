// Rows, the printed table and the JSON file. A row is one metric: its value,
// its budget (if it has one) and whether it passed. Rows without a budget are
// context ("info"); a measurement that could not run is an "error" and fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `budget`: `{ max }` or `{ min }` (inclusive), or omitted for context rows. */
export function row(metric, value, unit, budget, note) {
  let status = 'info';
  if (budget) {
    if (typeof value !== 'number' || Number.isNaN(value)) status = 'error';
    else if ('max' in budget) status = value <= budget.max ? 'pass' : 'fail';
    else status = value >= budget.min ? 'pass' : 'fail';
  }
  return { metric, value, unit, budget: budget ?? null, status, ...(note ? { note } : {}) };
}

/** A measurement that could not be taken: shown, and counted as a failure. */
export function errorRow(metric, reason) {
  return { metric, value: null, unit: '', budget: null, status: 'error', note: reason };
}

/** A measurement left out on purpose (`--quick`, or a piece not built yet is reported as error instead). */
export function skippedRow(metric, reason) {
  return { metric, value: null, unit: '', budget: null, status: 'skipped', note: reason };
}

function formatValue({ value, unit }) {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return String(value);
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
}

function formatBudget({ budget, unit }) {
  if (!budget) return '';
  const [op, limit] = 'max' in budget ? ['≤', budget.max] : ['≥', budget.min];
  return `${op} ${limit.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;
}

const STATUS = { pass: 'pass', fail: 'FAIL', info: '', error: 'ERROR', skipped: 'skipped' };

export function printTable(rows) {
  const cells = rows.map((r) => [r.metric, formatValue(r), formatBudget(r), STATUS[r.status]]);
  const header = ['metric', 'measured', 'budget', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 1 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const [i, c] of cells.entries()) {
    console.log(line(c));
    if (rows[i].note && rows[i].status !== 'pass') console.log(`    ↳ ${rows[i].note.split('\n')[0].slice(0, 160)}`);
  }
}

function tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
  } catch {
    return null;
  }
}

/** What the numbers were measured on: they mean little without it. */
export function machineInfo(chromiumPath) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: tryRun(chromiumPath, ['--version']),
    next: packageVersion('next'),
    lighthouse: packageVersion('lighthouse'),
    autocannon: packageVersion('autocannon'),
    commit: tryRun('git', ['rev-parse', '--short', 'HEAD']),
    dirtyTree: (tryRun('git', ['status', '--porcelain']) ?? '').length > 0,
    loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
  };
}

export function writeJson(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
