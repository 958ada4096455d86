import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TokenCard } from '@/components/sandbox/TokenCard';
import { TokenLegend } from '@/components/sandbox/TokenParts';
import { encodeJson } from '@/lib/sandbox-client/base64url';
import type { TokenView } from '@/lib/sandbox-client/types';

const IAT = 1_800_000_000;
const header = { alg: 'HS256', typ: 'at+jwt' };
const payload = { sub: 'ada', role: 'user', jti: 'jti-1', iat: IAT, exp: IAT + 30 };
const parts = { header: encodeJson(header), payload: encodeJson(payload), signature: 'c2lnbmF0dXJl' };
const token = `${parts.header}.${parts.payload}.${parts.signature}`;

const view: TokenView = {
  name: 'sandbox-access',
  path: '/',
  source: 'request',
  token,
  parts,
  header,
  payload,
  verdict: { ok: true },
  expiresIn: 30,
};

describe('TokenCard', () => {
  it('shows header, payload and signature as three labelled parts', () => {
    const { container } = render(<TokenCard kind="access" view={view} now={IAT + 12} />);
    const shown = [...container.querySelectorAll('[data-part]')].filter((el) => el.closest('[data-token]'));
    expect(shown.map((el) => el.getAttribute('data-part'))).toEqual(['header', 'payload', 'signature']);
    // Each part holds exactly its segment, after a label a screen reader reads.
    expect(shown.map((el) => el.textContent)).toEqual([`header ${parts.header}`, `payload ${parts.payload}`, `signature ${parts.signature}`]);
    // The three classes differ, so the colours and underline styles do.
    expect(new Set(shown.map((el) => el.className)).size).toBe(3);
  });

  it('says when the token was issued and when it expires, in words', () => {
    render(<TokenCard kind="access" view={view} now={IAT + 12} />);
    expect(screen.getByRole('timer', { name: 'Access token expiry' })).toHaveTextContent('expires in 18 s');
    expect(screen.getByText('issued 12 s ago')).toBeInTheDocument();
    expect(screen.getByText('2027-01-15 08:00:00 UTC', { exact: false })).toBeInTheDocument();
  });

  it('counts past exp and reports the expiry once it is reached', () => {
    const onExpired = vi.fn();
    const { rerender } = render(<TokenCard kind="access" view={view} now={IAT + 29} onExpired={onExpired} />);
    expect(onExpired).not.toHaveBeenCalled();
    rerender(<TokenCard kind="access" view={view} now={IAT + 33} onExpired={onExpired} />);
    expect(screen.getByRole('timer')).toHaveTextContent('expired 3 s ago');
    expect(onExpired).toHaveBeenCalledWith('access', 'jti-1');
  });

  it('shows the decoded JSON and the server verdict with its codes', () => {
    const rejected: TokenView = { ...view, verdict: { ok: false, error: 'token_expired', jose: 'ERR_JWT_EXPIRED' } };
    render(<TokenCard kind="access" view={rejected} now={IAT + 40} />);
    expect(screen.getByLabelText('Payload, decoded JSON')).toHaveTextContent('"role": "user"');
    expect(screen.getByLabelText('Header, decoded JSON')).toHaveTextContent('"alg": "HS256"');
    expect(screen.getByText('token_expired')).toBeInTheDocument();
    expect(screen.getByText('ERR_JWT_EXPIRED')).toBeInTheDocument();
  });

  it('does not colour what is not three parts', () => {
    const { container } = render(<TokenCard kind="access" view={{ ...view, token: 'not-a-jwt', parts: null }} now={IAT} />);
    expect(container.querySelector('[data-token] [data-part]')).toBeNull();
    expect(container.querySelector('[data-token]')).toHaveTextContent('not-a-jwt');
  });
});

describe('TokenLegend', () => {
  it('names each colour in words', () => {
    render(<TokenLegend />);
    const legend = screen.getByRole('list', { name: 'Token colours' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'abcheader (solid underline)',
      'abcpayload (dashed)',
      'abcsignature (dotted)',
    ]);
  });
});
