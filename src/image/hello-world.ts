// Host zone: the program of the built-in `hello-world` image (guest code, kept here as text so the
// image can be built from dist/ without the source tree).

/** /hello.js of the hello-world image. */
export const HELLO_JS = `'use strict';
// hello-world: the first program a tsvirt user runs.
const lines = [
  '',
  'Hello from tsvirt!',
  'This message shows that your installation appears to be working correctly.',
  '',
  'To generate this message, tsvirt took the following steps:',
  ' 1. The tsvirt client looked up the "hello-world" image in the local image store',
  '    (an OCI image layout, built in on first use).',
  ' 2. The kernel - a Node.js process - unpacked the image\\'s layers into a read-only',
  '    tree that every container of this image shares.',
  ' 3. It created a new container over that tree, with its own writable layer, and started',
  '    this program as its PID 1: a JavaScript process in its own V8 isolate.',
  ' 4. The program wrote this message to its stdout, which tsvirt streamed to your terminal.',
  '',
  'To try something more ambitious, run a shell in the base image with:',
  ' $ tsvirt run -it base sh',
  '',
  'Or run some JavaScript:',
  ' $ tsvirt run base node -e "console.log(process.version)"',
  '',
];
process.stdout.write(lines.join('\\n') + '\\n');
`;
