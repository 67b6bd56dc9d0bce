// Guest zone (userland /bin/sh): Linux signal numbers by name (exit status 128+n, kill -l, trap).

/** Signal numbers as on Linux x86-64. */
export const SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
};

/** `TERM`, `SIGTERM` or `15` → `SIGTERM`; undefined when unknown. */
export function signalName(s: string): string | undefined {
  if (/^\d+$/.test(s)) return Object.keys(SIGNALS).find((k) => SIGNALS[k] === Number(s));
  const n = s.toUpperCase().startsWith('SIG') ? s.toUpperCase() : `SIG${s.toUpperCase()}`;
  return n in SIGNALS ? n : undefined;
}
