// Guest zone: node:v8. Heap figures come from the kernel (the isolate's statistics as proc.memory
// reports them); the serializer, snapshots and flags are not available and say so.

import { sys } from '../internal/door.js';
import { notImplemented } from '../internal/errors.js';
import { boot } from '../internal/state.js';

type Memory = { rss?: number; heapTotal?: number; heapUsed?: number; external?: number };

/**
 * v8.getHeapStatistics(). The kernel reports used heap, the heap limit and external memory; figures
 * it has no source for (malloc, contexts, global handles) are 0 rather than invented.
 */
function getHeapStatistics(): Record<string, number> {
  const m = sys<Memory>('proc.memory', {});
  const used = m.heapUsed ?? 0;
  const limit = m.heapTotal ?? 0;
  return {
    total_heap_size: used,
    total_heap_size_executable: 0,
    total_physical_size: used,
    total_available_size: Math.max(0, limit - used),
    used_heap_size: used,
    heap_size_limit: limit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external ?? 0,
  };
}

/** A stable tag per runtime version (Node's changes with V8's version and flags). */
function cachedDataVersionTag(): number {
  let h = 0x811c9dc5;
  for (const ch of `tsvirt:${boot().nodeVersion}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

const unavailable = (what: string) => () => {
  throw notImplemented(`v8.${what}`);
};

class Serializer {
  constructor() {
    throw notImplemented('v8.Serializer');
  }
}
class Deserializer {
  constructor() {
    throw notImplemented('v8.Deserializer');
  }
}

export default {
  getHeapStatistics,
  cachedDataVersionTag,
  getHeapSpaceStatistics: unavailable('getHeapSpaceStatistics()'),
  getHeapCodeStatistics: unavailable('getHeapCodeStatistics()'),
  getHeapSnapshot: unavailable('getHeapSnapshot()'),
  writeHeapSnapshot: unavailable('writeHeapSnapshot()'),
  setFlagsFromString: unavailable('setFlagsFromString()'),
  serialize: unavailable('serialize()'),
  deserialize: unavailable('deserialize()'),
  takeCoverage: unavailable('takeCoverage()'),
  stopCoverage: unavailable('stopCoverage()'),
  setHeapSnapshotNearHeapLimit: unavailable('setHeapSnapshotNearHeapLimit()'),
  Serializer,
  Deserializer,
  DefaultSerializer: Serializer,
  DefaultDeserializer: Deserializer,
  startupSnapshot: {
    isBuildingSnapshot: () => false,
    addSerializeCallback: unavailable('startupSnapshot.addSerializeCallback()'),
    addDeserializeCallback: unavailable('startupSnapshot.addDeserializeCallback()'),
    setDeserializeMainFunction: unavailable('startupSnapshot.setDeserializeMainFunction()'),
  },
};
