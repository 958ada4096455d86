// The tamper lab's actions: build an attack in the page (or have the server make
// a specimen), send it to POST /api/sandbox/verify, keep the verdict and checks.
import { answerOf } from './answer';
import { attackById, forge, type AttackId } from './attacks';
import { crack, weakToken, WORDLIST } from './crack';
import type { Kit, LabRun, SandboxActions } from './store';

type LabActions = Pick<SandboxActions, 'runAttack' | 'verifyToken'>;

export function labActions(kit: Kit): LabActions {
  const { api, get, set, announce, begin, loadEvents } = kit;

  function verdictWords(label: string, run: LabRun): string {
    if (run.failure) return `${label}: the server refused the request, ${run.failure.code}.`;
    const r = run.result;
    if (!r) return `${label}: no answer.`;
    return r.valid ? `${label}: valid.` : `${label}: rejected, ${r.error ?? 'invalid'}${r.jose ? ` (${r.jose})` : ''}.`;
  }

  async function check(run: LabRun, note: string): Promise<LabRun> {
    const result = await api.verify(run.token, run.kind, note);
    return result.ok ? { ...run, result: result.data } : { ...run, failure: answerOf('POST /api/sandbox/verify', result, () => '') };
  }

  async function verifyToken(token: string, kind: 'access' | 'refresh', label = 'Your own token') {
    begin();
    const pending: LabRun = { attack: 'own', label, token, kind, before: null };
    set({ lab: pending });
    const run = await check(pending, `tamper lab: ${label}`);
    set({ lab: run });
    announce(verdictWords(label, run));
    await loadEvents();
  }

  async function runAttack(id: AttackId) {
    begin();
    const attack = attackById(id);
    if (!attack) return;
    const cookies = get().state?.cookies;
    const access = cookies?.access?.token ?? null;
    const note = `tamper lab: ${attack.label}`;
    if (attack.needs !== 'nothing' && !(attack.needs === 'access' ? access : cookies?.refresh)) {
      announce(`Log in first: "${attack.label}" starts from your ${attack.needs} token.`);
      return;
    }
    set({ lab: { attack: id, label: attack.label, token: '', kind: 'access', before: access } });

    if (attack.specimen) {
      const result = await api.verifySpecimen(attack.specimen, note);
      const run: LabRun = result.ok
        ? { attack: id, label: attack.label, token: result.data.token, kind: 'access', before: access, result: result.data }
        : { attack: id, label: attack.label, token: '', kind: 'access', before: access, failure: answerOf('POST /api/sandbox/verify', result, () => '') };
      set({ lab: run });
      announce(verdictWords(attack.label, run));
      await loadEvents();
      return;
    }

    if (id === 'weak-secret' && access) {
      const weak = await weakToken(access);
      const cracked = await crack(weak);
      const ours = await crack(access);
      const run = await check({ attack: id, label: attack.label, token: weak, kind: 'access', before: access, crack: { weakToken: weak, weak: cracked, ours } }, note);
      set({ lab: run });
      announce(
        `${cracked.found ? `Cracked the weak token: the secret is ${cracked.found}, after ${cracked.tried} guesses.` : 'The weak token was not cracked.'} ` +
          `The sandbox's token: ${ours.found ? 'cracked!' : `not cracked after all ${WORDLIST.length} guesses`}. ${verdictWords('The weak token, sent to verify', run)}`,
      );
      await loadEvents();
      return;
    }

    const forged = await forge(id, { access, refresh: cookies?.refresh?.token ?? null });
    if (!forged) return;
    const base: LabRun = { attack: id, label: attack.label, token: forged.token, kind: forged.kind, before: id === 'typ-confusion' ? null : access };
    set({ lab: base });
    let run = await check(base, note);
    if (forged.variants) {
      const variants: NonNullable<LabRun['variants']> = [];
      for (const variant of forged.variants) {
        const checked = await api.verify(variant.token, 'access', `${note} (${variant.label})`);
        variants.push({ ...variant, ...(checked.ok ? { result: checked.data } : {}) });
      }
      run = { ...run, variants };
    }
    set({ lab: run });
    announce(verdictWords(attack.label, run));
    await loadEvents();
  }

  return { runAttack, verifyToken };
}
