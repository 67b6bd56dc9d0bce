// What structuredClone throws for values it cannot clone: a DOMException named DataCloneError.
try {
  structuredClone({ f() {} });
} catch (e) {
  console.log(e.name, e instanceof Error, typeof e.message);
}
try {
  structuredClone(Symbol('x'));
} catch (e) {
  console.log(e.name, e instanceof Error, typeof e.message);
}
