// Whether a `/w/<data>` link can be shown, without highlighting anything:
// the proxy asks this so a bad link is answered with status 400.
import { decodeWalkthrough } from './codec';
import { sharedProblems } from './validate';

export const BAD_ESCAPES = 'The link is not a valid URL: it was changed or cut short.';

export async function linkProblems(raw: string): Promise<string[]> {
  let data: string;
  try {
    data = decodeURIComponent(raw);
  } catch {
    return [BAD_ESCAPES];
  }
  const decoded = await decodeWalkthrough(data);
  return decoded.ok ? sharedProblems(decoded.walkthrough) : [decoded.error.message];
}
