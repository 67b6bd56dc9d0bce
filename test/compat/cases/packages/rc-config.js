// rc (with minimist, ini, deep-extend, strip-json-comments): layered configuration from defaults,
// a config file found by walking up from the cwd, an explicit --config, env vars and argv.
const rc = require('rc');
const conf = rc('myapp', { port: 80, db: { host: 'localhost', user: 'root' }, list: [] }, require('minimist')(process.argv.slice(2)));
console.log(JSON.stringify({ port: conf.port, db: conf.db, verbose: conf.verbose, fromFile: conf.fromFile, jsonc: conf.jsonc, configs: (conf.configs || []).map((c) => require('path').relative(__dirname, c)), config: conf.config && require('path').basename(conf.config) }));
