// The frame of code run by a program's own eval names where the eval was called (file:line:col).
function f() { return eval('new Error("ev")'); }
console.log(f().stack.split('\n').slice(1, 3).join('\n'));
