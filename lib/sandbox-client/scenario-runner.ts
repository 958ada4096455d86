// Running a scenario (sandbox/scenarios.ts): a fresh sandbox with its settings,
// then one step per click, each mapped to the action a reader could take by
// hand, with the panel to look at named in the store.
import { findScenario } from '@/sandbox/scenarios';
import type { AttackId } from './attacks';
import type { Kit, SandboxActions } from './store';
import type { StepAction } from './types';

type ScenarioActions = Pick<SandboxActions, 'startScenario' | 'runStep' | 'leaveScenario'>;

const ACCOUNTS = { ada: 'ada@example.com', grace: 'grace@example.com' } as const;

export function runAction(actions: SandboxActions, action: StepAction, accounts: { email: string; password: string }[]): Promise<void> {
  switch (action.do) {
    case 'login': {
      const account = accounts.find((a) => a.email === ACCOUNTS[action.as]);
      return account ? actions.logIn(account.email, account.password, `scenario: log in as ${action.as}`) : Promise.resolve();
    }
    case 'wrong-password':
      return actions.wrongPassword(action.times);
    case 'me':
      return actions.callMe('scenario: GET /me');
    case 'refresh':
      return actions.refreshNow();
    case 'forward':
      return actions.fastForward(action.seconds);
    case 'replay-refresh':
      return actions.replayOldRefresh();
    case 'logout':
      return actions.logOut();
    case 'replay-access':
      return actions.replayAccess();
    case 'attack':
      return actions.runAttack(action.attack as AttackId);
  }
}

export function scenarioActions(kit: Kit, reset: () => Promise<boolean>): ScenarioActions {
  const { api, get, set, announce } = kit;
  return {
    async startScenario(name) {
      const scenario = findScenario(name);
      if (!scenario) {
        announce(`There is no scenario called ${name}.`);
        return;
      }
      set({ scenario: { name, step: 0, running: true }, look: null });
      if (await reset()) {
        const result = await api.settings(scenario.settings);
        if (!result.ok) announce(`The scenario's settings were refused: ${result.error.message}`);
        await kit.sync();
      }
      set({ scenario: { name, step: 0, running: false }, look: scenario.steps[0]?.look ?? null });
      announce(`Scenario: ${scenario.title}. ${scenario.steps.length} steps. Step 1: ${scenario.steps[0]?.say ?? ''}`);
    },

    async runStep() {
      const progress = get().scenario;
      const scenario = findScenario(progress?.name);
      const step = progress && scenario?.steps[progress.step];
      if (!progress || !scenario || !step || progress.running) return;
      set({ scenario: { ...progress, running: true }, look: step.look });
      await runAction(get(), step.action, get().state?.accounts ?? []);
      set({ scenario: { ...progress, step: progress.step + 1, running: false }, look: step.look });
    },

    leaveScenario() {
      set({ scenario: null, look: null });
    },
  };
}
