// The coreutils case table: every area's cases, in one list the suite iterates.
import type { CoreutilsCase } from '../harness.js';
import { ERROR_CASES } from './errors.js';
import { FILE_CASES } from './files.js';
import { FILTER_CASES } from './filters.js';
import {
  GREP_FILTER_CASES,
  GREP_R_CASES,
  LINK_TIME_CASES,
  MORE_CASES,
  SAME_FILE_CASES,
  SORT_MORE_CASES,
  XARGS_MORE_CASES,
} from './more.js';
import { COLUMN_CASES, PATH_CASES } from './paths.js';
import { TEXT_CASES, UNICODE_CASES } from './text.js';
import { PRINTF_CASES, TOOL_CASES } from './tools.js';

export const CASES: CoreutilsCase[] = [
  ...FILE_CASES,
  ...TEXT_CASES,
  ...PATH_CASES,
  ...TOOL_CASES,
  ...FILTER_CASES,
  ...PRINTF_CASES,
  ...ERROR_CASES,
  ...UNICODE_CASES,
  ...COLUMN_CASES,
  ...MORE_CASES,
  ...GREP_R_CASES,
  ...SORT_MORE_CASES,
  ...GREP_FILTER_CASES,
  ...LINK_TIME_CASES,
  ...XARGS_MORE_CASES,
  ...SAME_FILE_CASES,
];
