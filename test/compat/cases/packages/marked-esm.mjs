import { marked } from 'marked';
const md = `# Title

Some *emphasis*, **strong**, \`code\` and a [link](http://example.com "t").

- one
- two
  - nested

1. first
2. second

> quote

\`\`\`js
const x = 1 < 2;
\`\`\`

| a | b |
|---|:-:|
| 1 | 2 |

Line with <b>html</b> & ampersand.
`;
console.log(marked.parse(md));
console.log(marked.parseInline('**bold** _it_'));
const tokens = marked.lexer('# h\n\ntext');
console.log(tokens.map((t) => t.type).join(','));
marked.use({ renderer: { heading({ tokens, depth }) { return `<h${depth} class="x">${this.parser.parseInline(tokens)}</h${depth}>\n`; } } });
console.log(marked.parse('## Custom'));
