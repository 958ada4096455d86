export { events as GET } from '@/sandbox/routes/events';
export { getOnly as POST, getOnly as PUT, getOnly as PATCH, getOnly as DELETE } from '@/sandbox/routes/method-not-allowed';
