export { events as GET } from '@/sandbox/routes/events';
