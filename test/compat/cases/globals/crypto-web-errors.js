// getRandomValues rejects float arrays with a DOMException named TypeMismatchError.
try {
  crypto.getRandomValues(new Float64Array(2));
} catch (e) {
  console.log(e.name);
}
