// cliui (ESM, with string-width/strip-ansi/wrap-ansi) laying out columns, and pathe normalising
// Windows-style paths to POSIX ones.
import cliui from 'cliui';
import { join, normalize, resolve, relative, toNamespacedPath, basename, extname, isAbsolute, parse } from 'pathe';
const ui = cliui({ width: 60 });
ui.div({ text: 'Usage: tool [options]', padding: [0, 0, 1, 0] });
ui.div({ text: '--verbose', width: 20, padding: [0, 2, 0, 2] }, { text: 'print more about what happens, wrapped onto several lines', width: 30 }, { text: '[boolean]', align: 'right' });
ui.span({ text: 'span one ' }, { text: 'span two' });
ui.div('tab\tseparated\tcolumns');
console.log(ui.toString());
console.log(join('C:\\a', 'b/../c'), normalize('C:\\x\\\\y\\..\\z'), resolve('/a', 'b'), relative('/a/b', '/a/c/d'), basename('C:\\dir\\f.ts', '.ts'), extname('x.tar.gz'), isAbsolute('C:/x'));
console.log(parse('/home/u/file.txt'), toNamespacedPath('C:\\x'));
