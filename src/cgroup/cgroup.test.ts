// Unit tests for the cgroup controllers, with a fake clock where time matters: the CPU quota's
// periods and debt, the scheduler's weighted order, the memory controller's victim, the storage quota.

import { describe, expect, it } from 'vitest';
import { Errno } from '../kernel/errno.js';
import { CpuController } from './cpu.js';
import { MemoryController } from './memory.js';
import { type SchedGroup, Scheduler } from './scheduler.js';
import { DEFAULT_STORAGE_BYTES, StorageQuota, storageQuotaFor } from './storage.js';

describe('CpuController', () => {
  it('runs freely within the quota and holds dispatch past it until the period ends', () => {
    let now = 0;
    const cpu = new CpuController({ cpus: 0.5 }, () => now);
    cpu.charge(40_000);
    expect(cpu.delay()).toBe(0);
    cpu.charge(20_000); // 60 ms of a 50 ms quota
    now = 30;
    expect(cpu.delay()).toBe(70);
    expect(cpu.throttledPeriods).toBe(1);
  });

  it('carries debt into the following periods', () => {
    let now = 0;
    const cpu = new CpuController({ cpus: 0.5 }, () => now);
    cpu.charge(180_000); // one turn of 180 ms: four periods' worth of a 50 ms quota
    expect(cpu.delay()).toBe(300);
    now = 300; // three periods paid 150 ms: 30 ms of the fourth is already used
    expect(cpu.delay()).toBe(0);
    cpu.charge(25_000);
    expect(cpu.delay()).toBe(100);
  });

  it('never throttles without a quota', () => {
    const cpu = new CpuController({}, () => 0);
    cpu.charge(10_000_000);
    expect(cpu.delay()).toBe(0);
    expect(cpu.usageUs).toBe(10_000_000);
  });
});

describe('Scheduler', () => {
  it('gives a free slot to the waiting group with the least weighted CPU time', async () => {
    const sched = new Scheduler(1);
    const hold = (await sched.acquire({ usageUs: 0, shares: 1024 })) as () => void;
    const order: string[] = [];
    const light: SchedGroup = { usageUs: 1000, shares: 1024 };
    const heavy: SchedGroup = { usageUs: 1000, shares: 4096 };
    const a = Promise.resolve(sched.acquire(light)).then((r) => {
      order.push('1024');
      r();
    });
    const b = Promise.resolve(sched.acquire(heavy)).then((r) => {
      order.push('4096');
      r();
    });
    expect(sched.queued).toBe(2);
    hold();
    await Promise.all([a, b]);
    expect(order).toEqual(['4096', '1024']);
  });
});

describe('MemoryController', () => {
  it('picks the largest process once heaps plus file bytes pass the limit, and records the peak', () => {
    const mem = new MemoryController(100, undefined);
    expect(
      mem.check(
        [
          { pid: 1, bytes: 40 },
          { pid: 2, bytes: 30 },
        ],
        20,
      ),
    ).toBeUndefined();
    expect(
      mem.check(
        [
          { pid: 1, bytes: 40 },
          { pid: 2, bytes: 50 },
        ],
        20,
      ),
    ).toBe(2);
    expect(mem.peak).toBe(110);
  });
});

describe('StorageQuota', () => {
  it('fails a charge past the limit with ENOSPC and keeps the count', () => {
    const q = new StorageQuota(100);
    q.charge(60);
    expect(() => q.charge(41)).toThrow(Errno);
    expect(q.usedBytes).toBe(60);
    q.charge(-60);
    q.charge(100);
    expect(q.usedBytes).toBe(100);
  });

  it('is the smaller of storage and memory, or 1 GiB with neither', () => {
    expect(storageQuotaFor({ storage: 10, memory: 20 }).limit).toBe(10);
    expect(storageQuotaFor({ memory: 20 }).limit).toBe(20);
    expect(storageQuotaFor({}).limit).toBe(DEFAULT_STORAGE_BYTES);
  });
});
