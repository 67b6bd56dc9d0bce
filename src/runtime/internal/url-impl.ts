// Guest zone: WHATWG URL and URLSearchParams from the reference implementation (whatwg-url).

export { URL, URLSearchParams } from 'whatwg-url';
