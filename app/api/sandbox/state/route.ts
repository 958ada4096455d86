export { state as GET } from '@/sandbox/routes/state';
