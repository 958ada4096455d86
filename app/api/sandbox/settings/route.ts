export { settings as POST } from '@/sandbox/routes/settings';
export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/sandbox/routes/method-not-allowed';
