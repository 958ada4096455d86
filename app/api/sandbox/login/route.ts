export { login as POST } from '@/sandbox/routes/login';
export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/sandbox/routes/method-not-allowed';
