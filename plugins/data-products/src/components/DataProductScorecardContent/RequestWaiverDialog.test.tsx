/*
 * Copyright 2026 The Meshwork Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  entityRef,
  renderScorecardTab,
  scorecardApi,
  waiver,
} from './__testUtils__/renderScorecardTab';
import { getLocalTimeZone, today } from '@internationalized/date';
import { backendRefusal } from '../../__testUtils__/backendRefusal';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day some days from today, as the date picker shows it in en-US: 12/25/2026. */
function shownDay(days: number) {
  const day = today(getLocalTimeZone()).add({ days });
  return `${day.month}/${day.day}/${day.year}`;
}

/** The date picker's day, as its segments read together. */
function expiryOf(dialog: HTMLElement) {
  const segments = within(
    within(dialog).getByRole('group', { name: /Expires on/ }),
  ).getAllByRole('spinbutton');
  return segments.map(segment => segment.textContent).join('/');
}

/** Types a day into the picker's segments, as a keyboard user does. */
async function pickDay(dialog: HTMLElement, days: number) {
  const [month] = within(
    within(dialog).getByRole('group', { name: /Expires on/ }),
  ).getAllByRole('spinbutton');
  const day = today(getLocalTimeZone()).add({ days });
  await userEvent.click(month);
  await userEvent.keyboard(
    `${String(day.month).padStart(2, '0')}${String(day.day).padStart(2, '0')}${
      day.year
    }`,
  );
}

/**
 * Enters a justification as a paste does, in one input event: typed, each
 * key renders the scorecard tab again, which on a loaded machine takes
 * seconds for a sentence and tests nothing more.
 */
async function enter(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

async function openDialog() {
  await userEvent.click(
    await screen.findByRole('button', {
      name: 'Request waiver for Output ports declare an SLA',
    }),
  );
  return screen.findByRole('dialog', { name: 'Request a waiver' });
}

// Each test renders the whole scorecard tab and opens a react-aria dialog
// with a date picker: about a second on an idle machine, several on a
// loaded 2-core one (over 20 s seen for the first test, which also types
// into the date picker's segments key by key, as the picker needs).
jest.setTimeout(40_000);

describe('RequestWaiverDialog', () => {
  it('checks the request, sends what was entered, and shows it among the waivers', async () => {
    const requested = waiver({
      id: '0b7e3c55-1d7e-4b55-9f3c-2a6d4e8b9c01',
      ruleId: 'sla-declared',
      status: 'requested',
      justification: 'SLA agreed with consumers by March.',
      decidedBy: undefined,
      decidedAt: undefined,
    });
    const api = scorecardApi({
      listWaivers: jest
        .fn()
        .mockResolvedValueOnce([])
        .mockResolvedValue([requested]),
      requestWaiver: async () => requested,
    });
    await renderScorecardTab(api);
    const dialog = await openDialog();

    expect(expiryOf(dialog)).toBe(shownDay(90));
    const justification = within(dialog).getByRole('textbox', {
      name: /Justification/,
    });
    await userEvent.type(justification, 'By March');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Request waiver' }),
    );
    expect(
      await within(dialog).findByText(
        'Say why in at least 10 characters (8 so far).',
      ),
    ).toBeInTheDocument();
    expect(api.requestWaiver).not.toHaveBeenCalled();

    await userEvent.clear(justification);
    await enter(justification, 'SLA agreed with consumers by March.');
    await pickDay(dialog, 30);
    expect(expiryOf(dialog)).toBe(shownDay(30));
    const before = Date.now();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Request waiver' }),
    );

    expect(
      await screen.findByText(
        /Waiver requested for Output ports declare an SLA/,
      ),
    ).toBeInTheDocument();
    expect(api.requestWaiver).toHaveBeenCalledWith({
      entityRef,
      ruleId: 'sla-declared',
      justification: 'SLA agreed with consumers by March.',
      expiresAt: expect.any(String),
    });
    const { expiresAt } = api.requestWaiver.mock.calls[0][0];
    const days = (new Date(expiresAt).getTime() - before) / DAY_MS;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const waivers = await screen.findByRole('table', { name: 'Waivers' });
    expect(waivers).toHaveTextContent('Requested');
    expect(waivers).toHaveTextContent('SLA agreed with consumers by March.');
    expect(api.listWaivers).toHaveBeenCalledTimes(2);
    expect(
      screen.getByRole('list', { name: 'Silver rules' }),
    ).toHaveTextContent(/Waiver requested: waiting/);
    expect(
      screen.queryByRole('button', {
        name: 'Request waiver for Output ports declare an SLA',
      }),
    ).not.toBeInTheDocument();
  });

  it("offers and holds to the governance group's configured limit", async () => {
    const api = scorecardApi({
      listWaivers: async () => [],
      getWaiverLimits: async () => ({ maxDurationDays: 30 }),
      requestWaiver: jest.fn(),
    });
    await renderScorecardTab(api);
    const dialog = await openDialog();

    expect(
      await within(dialog).findByText(
        "At most 30 days ahead, the governance group's limit.",
      ),
    ).toBeInTheDocument();
    expect(expiryOf(dialog)).toBe(shownDay(30));
    await enter(
      within(dialog).getByRole('textbox', { name: /Justification/ }),
      'Waiting for the platform team to ship SLAs.',
    );
    await pickDay(dialog, 45);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Request waiver' }),
    );
    expect(
      await within(dialog).findByText(
        "Pick a day at most 30 days ahead, the governance group's limit.",
      ),
    ).toBeInTheDocument();
    expect(api.requestWaiver).not.toHaveBeenCalled();
  });

  it('refuses a day in the past, and shows the backend refusing the request', async () => {
    const api = scorecardApi({
      listWaivers: async () => [],
      requestWaiver: jest
        .fn()
        .mockRejectedValue(
          new Error('You are not allowed to request waivers for this product'),
        ),
    });
    await renderScorecardTab(api);
    const dialog = await openDialog();

    await enter(
      within(dialog).getByRole('textbox', { name: /Justification/ }),
      'Waiting for the platform team to ship SLAs.',
    );
    await pickDay(dialog, -1);
    const send = within(dialog).getByRole('button', { name: 'Request waiver' });
    await userEvent.click(send);
    expect(
      await within(dialog).findByText('Pick a day after today.'),
    ).toBeInTheDocument();
    expect(api.requestWaiver).not.toHaveBeenCalled();

    await pickDay(dialog, 14);
    await userEvent.click(send);
    expect(
      await within(dialog).findByText(
        'You are not allowed to request waivers for this product',
      ),
    ).toBeInTheDocument();
    expect(api.requestWaiver).toHaveBeenCalledTimes(1);

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("shows the backend's reason for refusing, not the bare HTTP status", async () => {
    const api = scorecardApi({
      listWaivers: async () => [],
      requestWaiver: jest
        .fn()
        .mockRejectedValue(
          await backendRefusal(
            'justification: expected at least 20 characters',
          ),
        ),
    });
    await renderScorecardTab(api);
    const dialog = await openDialog();

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Justification/ }),
      'SLAs by March.',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Request waiver' }),
    );

    expect(
      await within(dialog).findByText('The waiver was not requested'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'justification: expected at least 20 characters',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).queryByText(/Request failed with 400/),
    ).not.toBeInTheDocument();
  });
});
