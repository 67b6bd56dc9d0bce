// What programs read from worker_threads on the main thread, and a MessageChannel round trip.
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.parentPort, wt.workerData, wt.threadId, typeof wt.Worker, typeof wt.MessageChannel, typeof wt.MessagePort, typeof wt.BroadcastChannel);
console.log(wt.resourceLimits, typeof wt.SHARE_ENV, typeof wt.markAsUntransferable, typeof wt.receiveMessageOnPort, typeof wt.getEnvironmentData, typeof wt.setEnvironmentData);
const { port1, port2 } = new wt.MessageChannel();
port2.on('message', (m) => {
  console.log('port message', m);
  port1.close();
});
port1.postMessage({ hello: [1, 2] });
console.log(wt.receiveMessageOnPort(new wt.MessageChannel().port1));
wt.setEnvironmentData('k', 'v');
console.log(wt.getEnvironmentData('k'));
