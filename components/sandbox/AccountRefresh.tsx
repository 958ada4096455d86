'use client';
// On the protected page, when the access token has expired: spend the refresh
// token (POST /api/sandbox/refresh sets new cookies) and render the page again,
// which the server now verifies with the new token.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import ui from './ui.module.css';

export function AccountRefresh() {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function refresh() {
    setState({ busy: true, error: null });
    try {
      const response = await fetch('/api/sandbox/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', credentials: 'same-origin' });
      if (response.ok) {
        router.refresh();
        setState({ busy: false, error: null });
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: string; message?: string } | null;
      setState({ busy: false, error: `${response.status} ${body?.error ?? ''}: ${body?.message ?? 'the refresh was refused.'}` });
    } catch {
      setState({ busy: false, error: 'No answer from the server.' });
    }
  }

  return (
    <div className={ui.stack}>
      <p>
        <button type="button" className={ui.primary} onClick={() => void refresh()} disabled={state.busy}>
          {state.busy ? 'Refreshing…' : 'Refresh the session'}
        </button>
      </p>
      <p className={ui.note} role="status">
        {state.error ?? 'Spends the refresh token for a new access token, as the sandbox page does by itself.'}
      </p>
    </div>
  );
}
