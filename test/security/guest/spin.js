// Guest program (security test): a tight loop that only SIGKILL (isolate termination) can end.
console.log('spinning');
for (;;) {}
