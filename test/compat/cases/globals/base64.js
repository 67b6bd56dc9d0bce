console.log(btoa('hello world'), atob('aGVsbG8gd29ybGQ='));
console.log(btoa(String.fromCharCode(0, 255, 128)), JSON.stringify(atob('AP+A')));
console.log(atob(' aGVs bG8= '));
for (const bad of ['a', '@@@@', 'é']) {
  try {
    console.log(bad.length > 0 && bad === 'é' ? btoa(bad) : atob(bad));
  } catch (e) {
    console.log(e.name);
  }
}
