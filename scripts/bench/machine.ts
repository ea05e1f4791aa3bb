import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CHROMIUM } from '../../tests/e2e/support/browser';

export interface MachineInfo {
  date: string;
  nproc: number;
  cpu: string;
  chromium: string;
  node: string;
}

/** What the figures were taken on: printed with them and stored in results.json. */
export function machine(): MachineInfo {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU';
  let chromium = 'unknown Chromium';
  try {
    const out = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    chromium = /Chromium [\d.]+/.exec(out)?.[0] ?? out.trim().split('\n').pop() ?? chromium;
  } catch {
    /* reported as unknown */
  }
  return { date: new Date().toISOString(), nproc: availableParallelism(), cpu, chromium, node: process.versions.node };
}
