// Guest zone: node:console: the global console object, with the Console class attached.

import { Console } from '../internal/console.js';

const c = (globalThis as unknown as { console: Record<string, unknown> }).console;
c.Console = Console;

export default c;
