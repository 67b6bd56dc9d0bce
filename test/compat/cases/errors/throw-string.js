console.log('out');
throw 'a plain string';
