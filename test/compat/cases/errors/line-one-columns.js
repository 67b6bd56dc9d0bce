function a(){throw new Error('m')};function b(){return a()};try{b()}catch(e){console.log(e.stack.split('\n').slice(1,4).map((s)=>s.trim()).join(' | '))};
// Minified code lives on line 1: every frame's column there is Node's (the loader's wrapper is not counted).
