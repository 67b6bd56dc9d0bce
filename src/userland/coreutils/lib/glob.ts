// Guest zone (userland): fnmatch-style globs (`*`, `?`, `[...]`, `[!...]`, `\x`) as regular expressions.

/** Compiles a glob; `pathMode` lets `*` match `/` too (find -path does). */
export function globToRegex(glob: string, icase = false, pathMode = true): RegExp {
  let r = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') r += pathMode ? '.*' : '[^/]*';
    else if (c === '?') r += pathMode ? '.' : '[^/]';
    else if (c === '\\' && i + 1 < glob.length) r += `\\${glob[++i]}`;
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        r += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      if (body.startsWith('!') || body.startsWith('^')) body = `^${body.slice(1)}`;
      r += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else r += /[.+^${}()|\\/]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${r}$`, `s${icase ? 'i' : ''}`);
}
