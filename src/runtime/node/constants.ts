// Guest zone: the deprecated node:constants: os.constants (errno, signals, priority, dlopen) and
// fs.constants flattened into one object, as Node builds it.

declare const require: (id: string) => unknown;

type Mod = { default: Record<string, unknown> };
const os = (require('./os.js') as Mod).default.constants as Record<string, Record<string, unknown>>;
const fs = (require('./fs.js') as Mod).default.constants as Record<string, unknown>;

export default Object.freeze({
  ...os.dlopen,
  ...os.errno,
  ...os.priority,
  ...os.signals,
  ...fs,
});
