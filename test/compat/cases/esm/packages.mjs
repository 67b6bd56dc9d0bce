// Real npm packages from ESM: CommonJS ones (default + detected names) and ESM builds via "exports".
import _ from 'lodash';
import { chunk } from 'lodash';
import semver from 'semver';
import { marked } from 'marked';
import YAML from 'yaml';
import { parse as yamlParse } from 'yaml';
console.log(_.chunk([1, 2, 3], 2), chunk === _.chunk);
console.log(semver.gt('1.2.3', '1.2.0'));
console.log(marked.parse('# hi').trim());
console.log(YAML.stringify({ a: 1 }).trim(), yamlParse('b: 2').b);
