// The default job count follows the CPUs really free: the OS's offer, a container's quota, the load.
import { describe, expect, it } from 'vitest';
import { cpuLimit, cgroupQuota, freeCpus } from '../src/cpus.js';

const files = (map: Record<string, string>) => (path: string): string | undefined => map[path];

describe('freeCpus', () => {
  it('takes what the OS offers on an idle machine without a quota', () => {
    expect(freeCpus({ offered: 8, load: 0.1, read: files({}) })).toBe(8);
  });

  it('is capped by a cgroup v2 or v1 CPU quota', () => {
    expect(cgroupQuota(files({ '/sys/fs/cgroup/cpu.max': '200000 100000\n' }))).toBe(2);
    expect(cgroupQuota(files({ '/sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBeUndefined();
    expect(cgroupQuota(files({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '150000', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000' }))).toBe(1.5);
    expect(cgroupQuota(files({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1' }))).toBeUndefined();
    expect(freeCpus({ offered: 16, load: 0, read: files({ '/sys/fs/cgroup/cpu.max': '200000 100000' }) })).toBe(2);
    // half a CPU is still one
    expect(freeCpus({ offered: 16, load: 0, read: files({ '/sys/fs/cgroup/cpu.max': '50000 100000' }) })).toBe(1);
  });

  it('leaves the CPUs that other processes keep busy, and never goes below one', () => {
    expect(freeCpus({ offered: 2, load: 1.1, read: files({}) })).toBe(1);
    expect(freeCpus({ offered: 8, load: 2.4, read: files({}) })).toBe(6);
    expect(freeCpus({ offered: 2, load: 7, read: files({}) })).toBe(1);
    // a server asks what it may use, whatever the load when it starts
    expect(cpuLimit({ offered: 2, load: 7, read: files({}) })).toBe(2);
  });
});
