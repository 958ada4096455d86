export { me as GET } from '@/sandbox/routes/me';
