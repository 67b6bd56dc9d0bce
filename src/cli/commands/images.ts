// Host zone (CLI): `tsvirt images [--json] [-q]` — the images in the store, one row per name (an
// untagged image is one `<none>` row), newest first, as `docker images` lists them.

import type { Argv, CommandModule } from 'yargs';
import type { ImageSummary } from '../../image/index.js';
import { humanSize, imageCall, openStore, since, table } from '../image-store.js';
import type { CliContext } from './context.js';

interface Row {
  Repository: string;
  Tag: string;
  ID: string;
  Digest: string;
  CreatedAt: string;
  Size: number;
}

function rowsOf(images: readonly ImageSummary[]): Row[] {
  const sorted = [...images].sort(
    (a, b) => (Date.parse(b.created ?? '') || 0) - (Date.parse(a.created ?? '') || 0),
  );
  return sorted.flatMap((img) => {
    const base = { ID: img.id, Digest: img.manifestDigest, CreatedAt: img.created ?? '', Size: img.size };
    if (img.names.length === 0) return [{ Repository: '<none>', Tag: '<none>', ...base }];
    return img.names.map((n) => {
      const colon = n.lastIndexOf(':');
      return { Repository: n.slice(0, colon), Tag: n.slice(colon + 1), ...base };
    });
  });
}

/** The `images` command. */
export function imagesCommand(ctx: CliContext): CommandModule {
  return {
    command: 'images',
    describe: 'List images',
    builder: (y: Argv) =>
      y
        .usage('Usage:  tsvirt images [OPTIONS]\n\nList images')
        .option('json', { type: 'boolean', describe: 'Print the list as a JSON array' })
        .option('quiet', { alias: 'q', type: 'boolean', describe: 'Only show image IDs' })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const store = await openStore();
      const rows = rowsOf(await imageCall(() => store.list()));
      if (argv.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else if (argv.quiet) {
        const ids = rows.map((r) => r.ID.slice(7, 19));
        process.stdout.write(ids.map((i) => `${i}\n`).join(''));
      } else {
        const cells = rows.map((r) => [
          r.Repository,
          r.Tag,
          r.ID.slice(7, 19),
          since(r.CreatedAt),
          humanSize(r.Size),
        ]);
        process.stdout.write(table(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], cells));
      }
      ctx.exitCode = 0;
    },
  };
}
