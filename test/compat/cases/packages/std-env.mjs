// std-env (ESM): runtime and provider detection from globals and the environment.
import * as env from 'std-env';
console.log(env.runtime, env.isNode, env.isBun, env.isDeno, env.isWorkerd, env.isEdgeLight, env.isNetlify, env.isFastly);
console.log(env.platform, env.isLinux, env.isWindows, env.isCI, env.isTest, env.isDebug, env.hasTTY, env.isColorSupported, env.nodeENV, env.isProduction, env.isDevelopment);
console.log(env.provider, env.nodeMajorVersion, typeof env.nodeVersion, env.isMinimal, env.env.HOME, env.process.env.TZ, env.runtimeInfo);
