import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../shared/roles';
import type { Call } from '../../../shared/calls/contract';
import { CallLog } from '../../../renderer/calls/CallLog';
import { useContactEditorStore } from '../../../renderer/contacts/contactEditorStore';
import { emptyValues } from '../../../renderer/contacts/form/contactFormValues';
import en from '../../../renderer/i18n/en.json';
import { aCall, T0 } from './aCall';

/** Who is signed in and whether the licence lets calls change: set per test, read by the screens. */
const signedIn = vi.hoisted(() => ({ user: { id: 2, role: 'staff' as Role }, callsOpen: true }));
vi.mock('../../../renderer/auth/authStore', () => ({
  useSession: () => ({ user: signedIn.user, company: { id: 1, name: 'Harbor Foods' } }),
}));
vi.mock('../../../renderer/calls/useCallsAccess', () => ({ useCallsOpen: () => signedIn.callsOpen }));

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

/** An ended, answered call of an unknown caller with a recording, unless told otherwise. */
const anEndedCall = (overrides: Partial<Call>): Call =>
  aCall({
    number: '555 0101',
    contactId: null,
    contactName: null,
    answeredAt: T0 + 5_000,
    endedAt: T0 + 65_000,
    durationS: 65,
    talkS: 60,
    outcome: 'answered',
    recording: { fileName: 'bo.mp3', size: 100 },
    version: 3,
    ...overrides,
  });

/** The log as Bo (id 2, staff) or an admin or owner (id 9) sees it; `callsOpen` false once the licence ended. */
function renderLog(calls: Call[], role: Role, callsOpen = true) {
  signedIn.user = { id: role === 'staff' ? 2 : 9, role };
  signedIn.callsOpen = callsOpen;
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <MemoryRouter>
          <CallLog calls={calls} />
        </MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
}

const button = (name: string) => `aria-label="${name}"`;

describe('the call log', () => {
  const own = anEndedCall({ id: 1, number: '555 0101' });
  const colleagues = anEndedCall({
    id: 2,
    agentId: 5,
    agentName: 'Zoe',
    number: '555 0202',
    recording: { fileName: 'zoe.mp3', size: 1 },
  });
  const running = anEndedCall({
    id: 3,
    number: '555 0303',
    endedAt: null,
    outcome: null,
    recording: null,
    durationS: null,
    talkS: null,
  });

  it("offers to edit the agent's own ended calls and remove their recordings, not a colleague's or a running call", () => {
    const html = renderLog([own, colleagues, running], 'staff');
    expect(html).toContain(button('Edit the call with 555 0101'));
    expect(html).toContain(button('Remove the recording bo.mp3'));
    expect(html).not.toContain(button('Edit the call with 555 0202'));
    expect(html).not.toContain(button('Remove the recording zoe.mp3'));
    expect(html).toContain(button('Save the recording zoe.mp3'));
    expect(html).not.toContain(button('Edit the call with 555 0303'));
  });

  it("lets an admin edit a colleague's call and remove its recording", () => {
    const html = renderLog([colleagues], 'admin');
    expect(html).toContain(button('Edit the call with 555 0202'));
    expect(html).toContain(button('Remove the recording zoe.mp3'));
  });

  it('offers no change once the licence has ended, only the copy of a recording', () => {
    const html = renderLog([own], 'owner', false);
    expect(html).not.toContain(button('Edit the call with 555 0101'));
    expect(html).not.toContain(button('Remove the recording bo.mp3'));
    expect(html).toContain(button('Save the recording bo.mp3'));
  });
});

describe("an unknown caller's new contact", () => {
  it("starts the contact form with the caller's number", () => {
    expect(emptyValues(1, [], ['555 0199']).phones).toEqual(['555 0199']);
    expect(emptyValues(1, []).phones).toEqual(['']);
    const onCreated = vi.fn();
    useContactEditorStore.getState().openDraft({ phones: ['555 0199'], onCreated });
    expect(useContactEditorStore.getState().target).toEqual({
      kind: 'create',
      draft: { phones: ['555 0199'], onCreated },
    });
    // The `n` key does not discard it for an empty form.
    useContactEditorStore.getState().openCreate();
    expect(useContactEditorStore.getState().target).toMatchObject({ draft: { phones: ['555 0199'] } });
    useContactEditorStore.getState().close();
    // Nor does a caller's draft discard a form the user has open.
    useContactEditorStore.getState().openCreate();
    useContactEditorStore.getState().openDraft({ phones: ['555 0199'], onCreated });
    expect(useContactEditorStore.getState().target).toEqual({ kind: 'create' });
    useContactEditorStore.getState().close();
  });
});
