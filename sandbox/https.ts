// Whether the client reached us over HTTPS, which decides the cookies' Secure
// flag and __Host-/__Secure- names. Behind a TLS-terminating proxy our own URL
// says http, so the scheme it reports in X-Forwarded-Proto counts too. A client
// that fakes it on plain http only gets Secure cookies its browser won't send back.
export function servedOverHttps(forwardedProto: string | null, url?: string): boolean {
  if (forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https') return true;
  return url !== undefined && url.startsWith('https:');
}
