// How many CPUs this process can really use: what the OS offers (os.availableParallelism, which
// follows the affinity mask), capped by a container's CPU quota (cgroup v2 cpu.max, or v1's
// cfs_quota_us), less what other processes keep busy (the one-minute load average). A default job
// count from this is never more threads than there are idle CPUs to run them.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

export type CpuProbe = {
  readonly offered: number;
  /** The one-minute load average. */
  readonly load: number;
  /** A file's text, or undefined where it cannot be read. */
  readonly read: (path: string) => string | undefined;
};

const readOrUndefined = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const SYSTEM: CpuProbe = { offered: availableParallelism(), load: loadavg()[0] ?? 0, read: readOrUndefined };

/** The CPU quota of this process's cgroup, in CPUs, if it has one. */
export const cgroupQuota = (read: CpuProbe['read']): number | undefined => {
  // v2: "max 100000" (no quota) or "200000 100000"
  const v2 = read('/sys/fs/cgroup/cpu.max')?.trim().split(/\s+/);
  if (v2 !== undefined && v2[0] !== 'max') {
    const quota = Number(v2[0]);
    const period = Number(v2[1] ?? 100000);
    if (quota > 0 && period > 0) return quota / period;
  }
  // v1: cfs_quota_us is -1 without a quota
  const quota = Number(read('/sys/fs/cgroup/cpu/cpu.cfs_quota_us')?.trim() ?? -1);
  const period = Number(read('/sys/fs/cgroup/cpu/cpu.cfs_period_us')?.trim() ?? 100000);
  return quota > 0 && period > 0 ? quota / period : undefined;
};

/** CPUs this process may use at all: the OS's offer, capped by a quota; at least 1. */
export const cpuLimit = (probe: CpuProbe = SYSTEM): number => {
  const quota = cgroupQuota(probe.read);
  return Math.max(1, Math.min(probe.offered, quota === undefined ? probe.offered : Math.floor(quota)));
};

/** CPUs free for this process's threads now: at least 1. */
export const freeCpus = (probe: CpuProbe = SYSTEM): number => {
  const allowed = cpuLimit(probe);
  // other processes keep `load` CPUs busy; what is left (rounded to the nearest) is ours
  const idle = Math.round(allowed - Math.max(0, probe.load));
  return Math.max(1, Math.min(allowed, idle));
};
