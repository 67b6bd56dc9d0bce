// Host zone: the exact bytes tsvirt writes for OCI documents. They follow Go's encoding/json as the
// image-spec's Go types produce it (field order, sorted map keys, HTML-safe escapes, RFC 3339 times
// with trailing zeros trimmed), so when a Go tool (skopeo, umoci, Docker) decodes and re-encodes a
// tsvirt config, the bytes — and so the image ID — stay the same.

import type { ContainerConfig, HistoryEntry } from './oci.js';

/** An RFC 3339 time as Go's time.RFC3339Nano prints it in UTC (`…:05.12Z`, `…:05Z`). */
export function goTime(input: string | Date): string {
  const d = input instanceof Date ? input : new Date(input);
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid time: ${String(input)}`);
  return d
    .toISOString()
    .replace(/\.?0+Z$/, 'Z')
    .replace(/\.Z$/, 'Z');
}

/** JSON.stringify of a string with Go's extra escapes (<, >, &, U+2028, U+2029). */
function goString(s: string): string {
  return JSON.stringify(s).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A Go map field: encoded with its keys sorted. */
interface GoMap {
  readonly goMap: Record<string, unknown>;
}

function map(v: Record<string, unknown> | undefined): GoMap | undefined {
  return v === undefined ? undefined : { goMap: v };
}

/** Serialises like Go's encoding/json: struct fields in the order given (absent ones dropped), maps sorted. */
function encode(v: unknown): string {
  if (typeof v === 'string') return goString(v);
  if (Array.isArray(v)) return `[${v.map(encode).join(',')}]`;
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  const isMap = 'goMap' in v;
  const obj = (isMap ? (v as GoMap).goMap : v) as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  if (isMap) keys.sort();
  return `{${keys.map((k) => `${goString(k)}:${encode(obj[k])}`).join(',')}}`;
}

/** The fields of an image config tsvirt writes. */
export interface ConfigDoc {
  created?: string;
  author?: string;
  architecture: string;
  os: string;
  config: ContainerConfig;
  rootfs: { type: 'layers'; diff_ids: string[] };
  history: HistoryEntry[];
}

/** An image config's bytes, in the image-spec Go types' field order. */
export function encodeConfig(doc: ConfigDoc): Uint8Array {
  const c = doc.config;
  const body = {
    created: doc.created === undefined ? undefined : goTime(doc.created),
    author: doc.author,
    architecture: doc.architecture,
    os: doc.os,
    config: {
      User: c.User,
      ExposedPorts: map(c.ExposedPorts),
      Env: c.Env,
      Entrypoint: c.Entrypoint,
      Cmd: c.Cmd,
      Volumes: map(c.Volumes),
      WorkingDir: c.WorkingDir,
      Labels: map(c.Labels),
      StopSignal: c.StopSignal,
    },
    rootfs: { type: doc.rootfs.type, diff_ids: doc.rootfs.diff_ids },
    history: doc.history.map((h) => ({
      created: h.created === undefined ? undefined : goTime(h.created),
      created_by: h.created_by,
      author: h.author,
      comment: h.comment,
      empty_layer: h.empty_layer === true ? true : undefined,
    })),
  };
  return Buffer.from(encode(body), 'utf8');
}
