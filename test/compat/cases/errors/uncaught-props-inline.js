// Thrown where it is made: the report is source line, caret, stack, then the inspected own properties.
console.log('start');
throw Object.assign(new TypeError('with properties'), { code: 'E_PROPS', details: { retry: false, list: [1, 2] } });
