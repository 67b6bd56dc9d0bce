// Guest zone: node:process is the global process object.

export default (globalThis as unknown as { process: unknown }).process;
