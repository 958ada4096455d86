// The JSON 405s: POST-only routes answer every other method with methodNotAllowed,
// GET-only routes with getOnly (Next's own 405 would have an empty body).
export { getOnly, methodNotAllowed } from '../http';
