// Host zone: what `image inspect` and `history` show, shaped like Docker's output, computed from a
// resolved image.

import type { Digest } from './digest.js';
import type { ContainerConfig } from './oci.js';
import type { ResolvedImage } from './store.js';

/** Docker-shaped `image inspect` record. */
export interface ImageInspect {
  Id: Digest;
  RepoTags: string[];
  RepoDigests: string[];
  Created: string;
  Author: string;
  Config: ContainerConfig;
  Architecture: string;
  Os: string;
  /** Bytes of the layers as stored. */
  Size: number;
  RootFS: { Type: 'layers'; Layers: Digest[] };
  /** tsvirt: the manifest digest (what a digest reference names). */
  ManifestDigest: Digest;
}

/** The inspect record of an image. */
export function inspectImage(img: ResolvedImage): ImageInspect {
  return {
    Id: img.id,
    RepoTags: img.names,
    RepoDigests: [
      ...new Set(img.names.map((n) => `${n.slice(0, n.lastIndexOf(':'))}@${img.manifestDigest}`)),
    ],
    Created: img.config.created ?? '',
    Author: img.config.author ?? '',
    Config: img.config.config,
    Architecture: img.config.architecture,
    Os: img.config.os,
    Size: img.manifest.layers.reduce((n, l) => n + l.size, 0),
    RootFS: { Type: 'layers', Layers: [...img.config.rootfs.diff_ids] },
    ManifestDigest: img.manifestDigest,
  };
}

/** One row of `history`, newest first as Docker prints it. */
export interface HistoryRow {
  /** The image ID for the top row, `<missing>` below it (Docker's output). */
  id: string;
  created: string;
  createdBy: string;
  comment: string;
  /** Bytes of the layer this step made (0 for an empty layer). */
  size: number;
  emptyLayer: boolean;
}

/** The image's history, pairing each non-empty step with its layer. */
export function imageHistory(img: ResolvedImage): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let layer = 0;
  for (const h of img.config.history) {
    const empty = h.empty_layer === true;
    const size = empty ? 0 : (img.manifest.layers[layer++]?.size ?? 0);
    rows.push({
      id: '<missing>',
      created: h.created ?? '',
      createdBy: h.created_by ?? '',
      comment: h.comment ?? '',
      size,
      emptyLayer: empty,
    });
  }
  rows.reverse();
  if (rows[0] !== undefined) rows[0].id = img.id;
  return rows;
}
