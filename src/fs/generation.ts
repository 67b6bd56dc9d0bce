// Host zone: a container's fs generation, the number its processes' page/attribute caches are checked
// against. Every change to storage the VFS is the whole truth for (tmpfs, the overlay) bumps it, and
// the new value is stored into each live process's shared word, where the guest runtime reads it with
// Atomics.load before serving a cached read. The kernel only ever writes those words, never reads them:
// a guest that scribbles on its own word can only fool its own cache.

/** Where the generation sits in a process's shared buffer: bytes 8..15, after the 4-byte wake word. */
export const GEN_BYTE_OFFSET = 8;

/** The per-container fs generation and the shared words of the processes that watch it. */
export class FsGeneration {
  private gen = 1;
  /**
   * The watching processes' generation slots. The wake word is held weakly (its task holds it): once
   * a process is gone and collected, its slot is dropped at the next bump.
   */
  private readonly words = new Set<{ wake: WeakRef<Int32Array>; slot: BigInt64Array }>();
  /** When the set is this large, `watch` drops the slots of collected processes first. */
  private sweepAt = 64;

  /** The current generation: a reply read now is valid while the processes' words still show this. */
  get value(): number {
    return this.gen;
  }

  /**
   * Something changed. Called in the same synchronous kernel step as the change, so no process can
   * learn of the change (only a syscall could tell it, and the kernel's thread is busy until this
   * returns) before its word shows the new value.
   */
  bump(): void {
    this.gen++;
    if (this.words.size === 0) return;
    const v = BigInt(this.gen);
    for (const w of this.words) {
      if (w.wake.deref()) Atomics.store(w.slot, 0, v);
      else this.words.delete(w);
    }
  }

  /**
   * Starts writing the generation into a process's shared buffer (the wake word's buffer, when it is
   * large enough to hold the generation slot). A smaller buffer is left alone: that process's runtime
   * finds no slot and does not cache.
   */
  watch(wake: Int32Array): void {
    const sab = wake.buffer;
    if (sab.byteLength < GEN_BYTE_OFFSET + 8) return;
    // A container that runs many short processes and changes nothing would otherwise keep them all.
    if (this.words.size >= this.sweepAt) {
      for (const w of this.words) if (!w.wake.deref()) this.words.delete(w);
      this.sweepAt = Math.max(64, this.words.size * 2);
    }
    const slot = new BigInt64Array(sab, GEN_BYTE_OFFSET, 1);
    Atomics.store(slot, 0, BigInt(this.gen));
    this.words.add({ wake: new WeakRef(wake), slot });
  }
}
