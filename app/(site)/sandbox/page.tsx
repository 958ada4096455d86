import type { Metadata } from 'next';
import { SandboxPage } from '@/components/sandbox/SandboxPage';
import { sandboxSources } from '@/lib/sandbox-sources';
import { DEMO_ACCOUNTS } from '@/sandbox/users';

export const metadata: Metadata = {
  title: 'Sandbox: watch a JWT session live',
  description:
    'Log in with a demo account and watch jose sign a token into an httpOnly cookie, the server verify it, the refresh token rotate, the clock run out, and every forgery fail.',
};

export default async function Page() {
  return <SandboxPage accounts={DEMO_ACCOUNTS} sources={await sandboxSources()} />;
}
