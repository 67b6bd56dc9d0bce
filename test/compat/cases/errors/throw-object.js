console.log('out');
throw { code: 'E_OBJ', nested: { list: [1, 2] } };
