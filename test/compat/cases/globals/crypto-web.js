const a = new Uint8Array(16);
const r = crypto.getRandomValues(a);
console.log(r === a, a.length);
const id = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id));
try {
  crypto.getRandomValues(new Uint8Array(65537));
} catch (e) {
  console.log(e.name);
}
