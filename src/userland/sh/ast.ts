// Guest zone (userland /bin/sh): the syntax tree the parser builds and the executor walks. Words stay
// raw source text (quotes included); expansion re-reads them, which keeps the lexer small.

/** A redirection: `[fd]op target`, or a here-document with its collected body. */
export interface Redir {
  fd: number | null;
  op: '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '<<' | '<<-';
  target: string;
  heredoc?: { body: string; quoted: boolean };
}

/** Every command shape of the POSIX grammar. `src` (where recorded) is the command's source text. */
export type Node = NodeShape & { src?: string };
type NodeShape =
  | { t: 'simple'; assigns: string[]; words: string[]; redirs: Redir[] }
  | { t: 'pipeline'; cmds: Node[]; bang: boolean }
  | { t: 'andor'; first: Node; rest: Array<['&&' | '||', Node]> }
  | { t: 'list'; items: Array<{ node: Node; bg: boolean }> }
  | { t: 'brace'; body: Node }
  | { t: 'subshell'; body: Node }
  | { t: 'if'; clauses: Array<[Node, Node]>; otherwise: Node | null }
  | { t: 'loop'; until: boolean; cond: Node; body: Node }
  | { t: 'for'; name: string; words: string[] | null; body: Node }
  | { t: 'case'; word: string; items: Array<{ patterns: string[]; body: Node | null }> }
  | { t: 'func'; name: string; body: Node }
  | { t: 'redirected'; node: Node; redirs: Redir[] };
