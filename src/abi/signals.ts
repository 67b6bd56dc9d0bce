// ABI zone: signal names and numbers (Linux x86-64), shared by the process table and the runtime.

export const SIGNALS = {
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
  SIGWINCH: 28,
} as const;

export type SignalName = keyof typeof SIGNALS;

export function isSignalName(name: unknown): name is SignalName {
  return typeof name === 'string' && Object.hasOwn(SIGNALS, name);
}

/** Signal number → name, for 128+n exit codes and `kill -l`. */
export function signalName(num: number): SignalName | undefined {
  for (const [name, n] of Object.entries(SIGNALS)) if (n === num) return name as SignalName;
  return undefined;
}

/** Signals whose default action is to ignore them (everything else terminates, as far as we model). */
export const DEFAULT_IGNORED: ReadonlySet<SignalName> = new Set([
  'SIGCHLD',
  'SIGWINCH',
  'SIGCONT',
  'SIGURG' as SignalName,
]);
