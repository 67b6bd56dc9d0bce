// Guest zone: node:string_decoder, from the `string_decoder` package.

import * as sd from 'string_decoder';

export default sd;
