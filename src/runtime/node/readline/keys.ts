// Guest zone: readline.emitKeypressEvents: decodes a stream's input into 'keypress' events with Node's
// key shape ({ sequence, name, ctrl, meta, shift }) for printable text, control keys and CSI sequences.

import { StringDecoder } from 'string_decoder';

/** Node's key description. */
export interface Key {
  sequence?: string;
  name?: string | undefined;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  code?: string;
}

type Emitter = {
  // biome-ignore lint/suspicious/noExplicitAny: listeners of any stream event shape
  on<A extends unknown[]>(e: string, f: (...a: A) => void): unknown;
  emit(e: string, ...a: unknown[]): boolean;
  listenerCount(e: string): number;
};

const CSI_NAMES: Record<string, string> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  E: 'clear',
  F: 'end',
  H: 'home',
  '1~': 'home',
  '2~': 'insert',
  '3~': 'delete',
  '4~': 'end',
  '5~': 'pageup',
  '6~': 'pagedown',
};

const decorated = new WeakSet<object>();

function keyOf(seq: string): Key {
  const key: Key = { sequence: seq, name: undefined, ctrl: false, meta: false, shift: false };
  if (seq === '\r') key.name = 'return';
  else if (seq === '\n') key.name = 'enter';
  else if (seq === '\t') key.name = 'tab';
  else if (seq === '\b' || seq === '\x7f') key.name = 'backspace';
  else if (seq === '\x1b') key.name = 'escape';
  else if (seq === ' ') key.name = 'space';
  else if (seq.length === 1 && seq <= '\x1a') {
    key.name = String.fromCharCode(seq.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(seq)) {
    key.name = seq.toLowerCase();
    key.shift = /^[A-Z]$/.test(seq);
  } else if (seq.startsWith('\x1b[') || seq.startsWith('\x1bO')) {
    const code = seq.slice(2);
    key.code = seq.slice(1);
    key.name = CSI_NAMES[code];
  } else if (seq.length === 2 && seq[0] === '\x1b') {
    key.meta = true;
    key.name = (seq[1] as string).toLowerCase();
  }
  return key;
}

/** Splits decoded input into key sequences: CSI/SS3 escapes, meta-prefixed chars, single chars. */
function* sequences(s: string): Generator<string> {
  const re = /\x1b\[[0-9;]*[~A-Za-z]|\x1bO[A-Za-z]|\x1b[^[O]|[\s\S]/gu;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) yield m[0];
}

/** Makes `stream` emit 'keypress' (once per stream, as Node's does). */
export function emitKeypressEvents(stream: Emitter): void {
  if (decorated.has(stream)) return;
  decorated.add(stream);
  const decoder = new StringDecoder('utf8');
  stream.on('data', (chunk: Uint8Array | string) => {
    if (stream.listenerCount('keypress') === 0) return;
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    for (const seq of sequences(s)) {
      const key = keyOf(seq);
      stream.emit('keypress', seq.length === 1 || !seq.startsWith('\x1b') ? seq : undefined, key);
    }
  });
}
