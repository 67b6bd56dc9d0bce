// Several rejections left unhandled in the same turn each reach 'unhandledRejection', with their promise.
const promises = [];
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, promises.indexOf(promise));
});
promises.push(Promise.reject(new Error('r1')));
promises.push(Promise.reject('r2'));
promises.push(Promise.reject(3));
