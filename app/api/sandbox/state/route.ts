export { state as GET } from '@/sandbox/routes/state';
export { getOnly as POST, getOnly as PUT, getOnly as PATCH, getOnly as DELETE } from '@/sandbox/routes/method-not-allowed';
