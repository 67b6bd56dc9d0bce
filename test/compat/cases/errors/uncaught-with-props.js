const err = new TypeError('with properties');
err.code = 'E_PROPS';
err.details = { retry: false, list: [1, 2] };
throw err;
