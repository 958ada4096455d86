// The studio's server-side highlighter (lib/studio/highlight-service.ts).
export { handleHighlight as POST } from '@/lib/studio/highlight-service';
export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/sandbox/routes/method-not-allowed';
