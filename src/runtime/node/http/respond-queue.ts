// Guest zone: whole responses (`res.end(body)` with nothing sent yet) wait here and cross to the kernel
// together in one `http.respondAll`, instead of one crossing each. Under load a turn serves a batch of
// requests; each crossing from the isolate's thread waits for the kernel's thread, so the batch's
// responses share one wait. The queue is flushed when the batch is done, after the microtasks of a
// lone response, and before any other syscall (door.ts), so the kernel sees calls in program order.

import { deferCrossing, sysTry } from '../../internal/door.js';
import { uvException } from '../../internal/errors.js';
import { queueMicrotask } from '../../internal/loop.js';

/** One response as `http.respond` takes it. */
export interface WholeResponse {
  id: number;
  status: number;
  message: string;
  headers: string[];
  sendDate: boolean;
  data?: Uint8Array;
}

/** What a response needs to hear back: an error the kernel reported for it after the fact. */
export interface Responder {
  _respondFailed(err: Error): void;
}

/** The kernel's bound on one http.respondAll (src/kernel/syscalls/http.ts). */
const MAX_BATCH = 1024;
/** Bodies up to this size join a batch. */
const MAX_BATCHED_BODY = 64 * 1024;

/** The queued responses, as the columns http.respondAll takes (see src/abi/syscalls.ts). */
let cols = emptyColumns();
let bodyBytes = 0;
let bodies: Uint8Array[] = [];
let owners: Responder[] = [];
/** While a batch of requests is dispatched, responses wait for its end (hold/release nest). */
let holds = 0;
let flushQueued = false;

function emptyColumns() {
  return {
    ids: [] as number[],
    statuses: [] as number[],
    messages: [] as string[],
    headers: [] as string[][],
    sendDates: [] as boolean[],
    lengths: [] as number[],
  };
}

/** Mirrors the kernel's checks (http.ts): a response it would refuse takes the one-call path instead,
 * where the refusal is thrown from end() as before. */
export function batchable(r: WholeResponse): boolean {
  // A large body goes alone, without the copy into the batch's one buffer.
  if (r.data && r.data.byteLength > MAX_BATCHED_BODY) return false;
  if (!Number.isInteger(r.status) || r.status < 100 || r.status > 999) return false;
  if (r.message.length > 65536 || /[\r\n\0]/.test(r.message)) return false;
  const h = r.headers;
  if (h.length > 2048) return false;
  for (let i = 0; i < h.length; i += 2) {
    if ((h[i] as string).length > 256 || (h[i + 1] as string).length > 65536) return false;
  }
  return true;
}

/** Queues a whole response; it crosses with the others of this batch. */
export function queueResponse(r: WholeResponse, owner: Responder): void {
  cols.ids.push(r.id);
  cols.statuses.push(r.status);
  cols.messages.push(r.message);
  cols.headers.push(r.headers);
  cols.sendDates.push(r.sendDate);
  cols.lengths.push(r.data ? r.data.byteLength : -1);
  if (r.data) {
    bodies.push(r.data);
    bodyBytes += r.data.byteLength;
  }
  owners.push(owner);
  if (owners.length >= MAX_BATCH) {
    flushResponses();
    return;
  }
  deferCrossing(flushResponses);
  if (holds === 0 && !flushQueued) {
    flushQueued = true;
    queueMicrotask(flushResponses);
  }
}

/** A batch of requests starts: responses wait for `releaseResponses`. */
export function holdResponses(): void {
  holds++;
}

/** The batch is done: what its handlers ended goes now. */
export function releaseResponses(): void {
  if (holds > 0) holds--;
  if (holds === 0) flushResponses();
}

/** Sends every queued response in one crossing; a response the kernel refused hears an error. */
export function flushResponses(): void {
  flushQueued = false;
  if (owners.length === 0) return;
  const sent = cols;
  const who = owners;
  const all = new Uint8Array(bodyBytes);
  let at = 0;
  for (const b of bodies) {
    all.set(b, at);
    at += b.byteLength;
  }
  cols = emptyColumns();
  owners = [];
  bodies = [];
  bodyBytes = 0;
  deferCrossing(null);
  const r = sysTry('http.respondAll', { ...sent, bodies: all });
  if (r[0] !== null) {
    const err = uvException({ ...r[0], syscall: 'writeHead' });
    for (const o of who) o._respondFailed(err);
    return;
  }
  const failed = r[1] as number[];
  if (failed.length === 0) return;
  const bad = new Set(failed);
  for (let i = 0; i < who.length; i++) {
    if (bad.has(sent.ids[i] as number))
      (who[i] as Responder)._respondFailed(uvException({ code: 'EBADF', syscall: 'writeHead' }));
  }
}
