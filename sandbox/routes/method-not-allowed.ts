// The JSON 405 the POST-only routes answer to every other method.
export { methodNotAllowed } from '../http';
