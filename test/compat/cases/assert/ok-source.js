// assert(value) and assert.ok(value) without a message: Node quotes the call's source, read from the
// file at the call site (multi-line calls re-indented, strings, templates, regexes and comments with
// parentheses inside them skipped); without a value, or with a message or an Error, it does not.
const assert = require('assert');
const { strict } = require('assert');
const helper = require('./ok-helper.js');
const t = (f) => {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected);
  }
};
t(() => assert.ok(0));
t(() => assert(''));
t(() => strict(null));
t(() => strict.ok(undefined));
t(() => assert.ok(
  typeof 123 === 'string',
  undefined));
t(() => { const a = [1]; assert(a.length === 2 && "x)(" !== '') });
t(() => assert.ok(`(${1 + 1})` === ')' /* ) */ && /\)/.test('(')));
t(() =>
  assert(
    // a comment with a )
    [1, 2].includes(3),
  ),
);
t(() => assert.ok(0, 'given message'));
t(() => assert.ok(0, new TypeError('thrown as is')));
t(() => assert.ok());
t(() => assert.ok(1));
t(() => helper.check(false));
console.log(assert.ok === assert, strict.ok === assert.ok, strict.strict === strict, assert.strict === strict);
