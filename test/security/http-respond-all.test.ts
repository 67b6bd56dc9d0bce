// Security: http.respondAll, the batched whole-response call a busy guest server makes once per turn,
// checks every entry before it sends any (a batch with one hostile entry sends nothing), and an entry
// naming an exchange the process does not hold (or no longer holds) is reported without stopping the rest.

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

type Reply = [unknown, unknown];
interface Report {
  injection: Reply;
  notList: Reply;
  tooLong: Reply;
  ragged: Reply;
  badStatus: Reply;
  overrun: Reply;
  leftover: Reply;
  badData: Reply;
  extra: Reply;
  afterRefusals: Record<string, string>;
  mixed: Reply;
  again: Reply;
  final: Record<string, string>;
  ids: Record<string, number>;
}

let rep: Report;
beforeAll(async () => {
  requireBuild();
  const run = await runCase<Report>('http-respond-all', {}, 60_000);
  expect(endedWell(run), run.stderr).toBe(true);
  rep = run.result as Report;
}, 90_000);

const EINVAL = [{ code: 'EINVAL', syscall: 'writeHead' }, null];

describe('http.respondAll', () => {
  it('refuses a whole batch when any entry is malformed, and sends nothing of it', () => {
    expect(rep.injection).toEqual(EINVAL);
    for (const k of [
      'notList',
      'tooLong',
      'ragged',
      'badStatus',
      'overrun',
      'leftover',
      'badData',
      'extra',
    ] as const)
      expect(rep[k], k).toEqual(EINVAL);
    expect(rep.afterRefusals).toEqual({ '/a': 'pending', '/b': 'pending', '/c': 'pending' });
  });

  it('reports ids it cannot answer and answers the others, each exactly once', () => {
    expect(rep.mixed).toEqual([null, [999_999]]);
    expect(rep.again).toEqual([null, [rep.ids['/a']]]);
    expect(rep.final).toEqual({
      '/a': '200 one body one',
      '/b': '200 two body two',
      '/c': '200 three body three',
    });
  });
});
