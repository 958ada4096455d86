export { refresh as POST } from '@/sandbox/routes/refresh';
export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/sandbox/routes/method-not-allowed';
