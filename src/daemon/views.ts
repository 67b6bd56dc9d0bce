// Host zone (daemon): how the API shows containers: Docker's list summary (with its human Status
// column) and inspect record, built from the daemon's records.

import type { ContainerRecord } from './records.js';
import type { Shard } from './shard.js';

/** Docker's "x seconds" wording of a duration. */
export function humanDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 1) return 'Less than a second';
  if (s < 60) return `${s} second${s === 1 ? '' : 's'}`;
  const m = Math.floor(s / 60);
  if (m < 60) return m === 1 ? 'About a minute' : `${m} minutes`;
  const h = Math.floor(m / 60);
  if (h < 48) return h === 1 ? 'About an hour' : `${h} hours`;
  return `${Math.floor(h / 24)} days`;
}

/** The STATUS column of `docker ps`. */
export function statusText(rec: ContainerRecord, at = Date.now()): string {
  const st = rec.State;
  switch (st.Status) {
    case 'created':
      return 'Created';
    case 'running':
      return `Up ${humanDuration(at - Date.parse(st.StartedAt))}`;
    case 'restarting':
      return `Restarting (${st.ExitCode}) ${humanDuration(at - Date.parse(st.FinishedAt))} ago`;
    case 'removing':
      return 'Removal In Progress';
    default:
      return `Exited (${st.ExitCode}) ${humanDuration(at - Date.parse(st.FinishedAt))} ago`;
  }
}

function command(rec: ContainerRecord): string[] {
  return [...(rec.Spec.entrypoint ?? []), ...(rec.Spec.cmd ?? [])];
}

/** One entry of GET /containers/json. */
export function summary(rec: ContainerRecord): Record<string, unknown> {
  return {
    Id: rec.Id,
    Names: [`/${rec.Name}`],
    Image: rec.Image,
    Command: command(rec).join(' '),
    Created: Math.floor(Date.parse(rec.Created) / 1000),
    State: rec.State.Status,
    Status: statusText(rec),
    ExitCode: rec.State.ExitCode,
    Reason: rec.State.Reason,
    RestartCount: rec.RestartCount,
    Ports: (rec.Spec.ports ?? []).map((p) => ({
      IP: p.hostIp ?? '127.0.0.1',
      PrivatePort: p.containerPort,
      PublicPort: p.hostPort,
      Type: 'tcp',
    })),
    Shard: rec.Shard,
  };
}

/** GET /containers/{id}/json. */
export function inspectView(
  rec: ContainerRecord,
  shard: Shard | undefined,
  logPath: string,
): Record<string, unknown> {
  const s = rec.Spec;
  const cmd = command(rec);
  return {
    Id: rec.Id,
    Created: rec.Created,
    Path: cmd[0] ?? '',
    Args: cmd.slice(1),
    State: rec.State,
    Image: rec.Image,
    Name: `/${rec.Name}`,
    RestartCount: rec.RestartCount,
    LogPath: logPath,
    HostConfig: {
      RestartPolicy: rec.RestartPolicy,
      AutoRemove: rec.AutoRemove,
      NetworkMode: s.network ?? 'bridge',
      ReadonlyRootfs: s.readOnly === true,
    },
    Config: {
      Hostname: s.hostname ?? rec.Id.slice(0, 12),
      User: s.user ?? '',
      Env: Array.isArray(s.env) ? s.env : Object.entries(s.env ?? {}).map(([k, v]) => `${k}=${v}`),
      Cmd: s.cmd ?? null,
      Entrypoint: s.entrypoint ?? null,
      WorkingDir: s.workdir ?? '',
      Image: rec.Image,
      Tty: s.tty === true,
      OpenStdin: s.openStdin === true,
    },
    Spec: s,
    Shard: shard ? { Index: shard.index, Pid: shard.pid ?? 0, Generation: shard.generation } : null,
  };
}
