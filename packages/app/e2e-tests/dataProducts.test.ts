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

// The portal's data-product pages, driven as their users drive them, against
// the example mesh that scripts/e2e.js starts (`npm run test:e2e`).
//
// @owner runs signed in as user:default/guest, a member of sales-data, which
// owns orders-daily, sales-pipeline-legacy and basket-analysis. @governance
// signs in on the same portal as user:default/elena.petrova, of the
// governance group, which decides waivers. The tests of one tag build on each
// other in file order (workers: 1): the owner asks for a waiver, governance
// approves it, and the rule turns exempt.

import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  LEVEL_LABELS,
  PEOPLE,
  backendGet,
  scorecardOf,
  screenshot,
  signIn,
  type Scorecard,
} from './portal';

/** The products sales-data owns directly in the example mesh. */
const SALES_DATA_PRODUCTS = [
  'Basket analysis',
  'Orders (daily)',
  'Sales pipeline (legacy CRM)',
];

/**
 * The waiver the owner asks for and governance approves: a silver rule that
 * sales-pipeline-legacy fails in the example mesh (its output port names no
 * access request), chosen from the running portal's
 * GET /api/data-products/products?owner=group:default/sales-data.
 */
const WAIVER = {
  entityRef: 'dataproduct:default/sales-pipeline-legacy',
  product: 'sales-pipeline-legacy',
  productTitle: 'Sales pipeline (legacy CRM)',
  ruleId: 'access-documented',
  ruleTitle: 'Access is documented',
  level: 'Silver',
  justification:
    'The legacy CRM is switched off next quarter; its consumers move to the cloud CRM product instead.',
  comment: 'Approved until the switch-off; no new consumers meanwhile.',
};

const SCORECARD_URL = `/catalog/default/dataproduct/${WAIVER.product}/scorecard`;

const STATE_LABELS: Record<string, string> = {
  pass: 'Pass',
  fail: 'Fail',
  warn: 'Warning',
  'not-applicable': 'Not applicable',
  'no-data': 'No data',
  exempt: 'Exempt',
  error: 'Error',
};

/** The "N data products" line above the browse table. */
function productCount(page: Page) {
  return page.getByText(/^\d+ data products?$/);
}

async function countOf(page: Page): Promise<number> {
  await expect(productCount(page)).toBeVisible();
  return Number((await productCount(page).textContent())!.split(' ')[0]);
}

function productTable(scope: Page | Locator) {
  // "Data products", or "Your data products" on My data products
  return scope.getByRole('table', { name: /data products$/i });
}

/** The titles in a product table, in the order shown. */
async function titlesIn(table: Locator) {
  return table.getByRole('rowheader').getByRole('link').allTextContents();
}

/** The Score column of the browse table, in the order shown. */
async function scoresIn(table: Locator) {
  const rows = await table.getByRole('row').all();
  const scores: number[] = [];
  for (const row of rows.slice(1)) {
    // Domain, Owner, Status, Type, Level, Score, Tags; the title is the row header
    scores.push(Number(await row.getByRole('cell').nth(5).textContent()));
  }
  return scores;
}

/** One rule on a scorecard tab, in its level's list. */
function ruleItem(page: Page, level: string, ruleTitle: string) {
  return page
    .getByRole('list', { name: `${level} rules` })
    .getByRole('listitem')
    .filter({ has: page.getByText(ruleTitle, { exact: true }) });
}

/** The row of the waiver on the scorecard tab's Waivers table. */
function waiverRow(page: Page) {
  return page
    .getByRole('table', { name: 'Waivers' })
    .getByRole('row')
    .filter({ hasText: WAIVER.ruleTitle });
}

/** Every rule group and rule state on the tab says what the backend computed. */
async function expectRulesMatch(page: Page, scorecard: Scorecard) {
  for (const level of ['bronze', 'silver', 'gold'] as const) {
    const label = LEVEL_LABELS[level];
    const results = scorecard.results.filter(r => r.level === level);
    const applicable = results.filter(r => r.state !== 'not-applicable');
    const passing = results.filter(
      r => r.state === 'pass' || r.state === 'exempt',
    );
    const group = page.getByRole('region', { name: label, exact: true });
    await expect(group.getByRole('heading', { name: label })).toBeVisible();
    await expect(
      group.getByText(
        `${passing.length} of ${applicable.length} applicable rules pass`,
      ),
    ).toBeVisible();
    for (const result of results) {
      await expect(
        ruleItem(page, label, result.title).getByTitle(
          STATE_LABELS[result.state],
          { exact: true },
        ),
        `${result.ruleId} reads ${result.state}`,
      ).toBeVisible();
    }
  }
}

test.describe('as an owner in sales-data', () => {
  test('browse: search, filter, sort and open a data product @owner', async ({
    page,
    request,
  }) => {
    await signIn(page);
    await page
      .getByRole('link', { name: 'Data products', exact: true })
      .click();
    await expect(page).toHaveURL(/\/data-products$/);
    await expect(
      page.getByRole('tab', { name: 'Browse', selected: true }),
    ).toBeVisible();

    const table = productTable(page);
    for (const title of [...SALES_DATA_PRODUCTS, 'Customer 360']) {
      await expect(table.getByRole('link', { name: title })).toBeVisible();
    }
    const total = await countOf(page);
    expect(total).toBeGreaterThanOrEqual(SALES_DATA_PRODUCTS.length);
    await expect(table.getByRole('rowheader')).toHaveCount(Math.min(total, 25));

    // Search: the list narrows to what matches, and the URL keeps the search.
    const search = page.getByRole('searchbox', {
      name: 'Search data products',
    });
    await search.fill('orders');
    await expect(page).toHaveURL(/[?&]q=orders(&|$)/);
    await expect(
      table.getByRole('link', { name: 'Basket analysis' }),
    ).toHaveCount(0);
    await expect(
      table.getByRole('link', { name: 'Orders (daily)' }),
    ).toBeVisible();
    await expect(
      table.getByRole('link', { name: 'Orders (raw)' }),
    ).toBeVisible();
    await expect(productCount(page)).not.toHaveText(`${total} data products`);
    const found = await countOf(page);
    expect(found).toBeLessThan(total);
    await expect(table.getByRole('rowheader')).toHaveCount(found);

    await search.fill('');
    await expect(page).not.toHaveURL(/[?&]q=/);
    await expect(productCount(page)).toHaveText(`${total} data products`);

    // A filter through its select: the options say how many products each
    // keeps, as the backend counts them. The counts follow the rows, so for
    // a moment after the search is cleared the select may still show the
    // search's counts; the option is looked for with the backend's count.
    const { level } = await backendGet<{
      level: Array<{ value: string; count: number }>;
    }>(request, '/api/data-products/products/facets');
    const silverCount = level.find(l => l.value === 'silver')?.count ?? 0;
    expect(silverCount).toBeGreaterThan(0);
    expect(silverCount).toBeLessThan(total);
    await page.getByRole('button', { name: 'Any Level' }).click();
    const silver = page
      .getByRole('listbox', { name: 'Level' })
      .getByRole('option', { name: `Silver (${silverCount})`, exact: true });
    await expect(silver).toBeVisible();
    await silver.click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox', { name: 'Level' })).toBeHidden();
    await expect(page).toHaveURL(/[?&]level=silver(&|$)/);
    await expect(productCount(page)).toHaveText(
      `${silverCount} data product${silverCount === 1 ? '' : 's'}`,
    );
    await expect(
      table.getByRole('cell', { name: 'Silver', exact: true }),
    ).toHaveCount(silverCount);
    await expect(
      table.getByRole('cell', { name: 'Bronze', exact: true }),
    ).toHaveCount(0);

    // A filter through a shared link: the page opens with it applied.
    await page.goto(
      `/data-products?domain=${encodeURIComponent('domain:default/sales')}`,
    );
    await expect(table.getByRole('link', { name: 'Customer 360' })).toHaveCount(
      0,
    );
    for (const title of SALES_DATA_PRODUCTS) {
      await expect(table.getByRole('link', { name: title })).toBeVisible();
    }
    const inSales = await countOf(page);
    expect(inSales).toBeLessThan(total);
    await expect(table.getByRole('rowheader')).toHaveCount(inSales);
    await expect(
      table.getByRole('cell').getByRole('link', { name: 'sales', exact: true }),
    ).toHaveCount(inSales);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/[?&]domain=/);
    await expect(productCount(page)).toHaveText(`${total} data products`);

    // Sort by score: the server orders the rows, the header says which way.
    const score = page.getByRole('columnheader', { name: 'Score' });
    await score.click();
    await expect(score).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/[?&]sort=score$/);
    await expect
      .poll(async () => {
        const scores = await scoresIn(table);
        return (
          scores.length === Math.min(total, 25) &&
          scores.every((s, i) => i === 0 || scores[i - 1] <= s)
        );
      })
      .toBe(true);
    await score.click();
    await expect(score).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=score&order=desc/);
    await expect
      .poll(async () => {
        const scores = await scoresIn(table);
        return (
          scores.length === Math.min(total, 25) &&
          scores.every((s, i) => i === 0 || scores[i - 1] >= s)
        );
      })
      .toBe(true);
    expect((await titlesIn(table)).length).toBe(Math.min(total, 25));
    await screenshot(page, 'browse');

    // Open a product from its link.
    await table.getByRole('link', { name: WAIVER.productTitle }).click();
    await expect(page).toHaveURL(
      new RegExp(`/catalog/default/dataproduct/${WAIVER.product}$`),
    );
    await expect(
      page.getByRole('heading', { name: WAIVER.productTitle, level: 2 }),
    ).toBeVisible();
  });

  test("read a product's scorecard tab @owner", async ({ page, request }) => {
    const scorecard = await scorecardOf(request, WAIVER.entityRef);
    await signIn(page);
    await page.goto(`/catalog/default/dataproduct/${WAIVER.product}`);
    await expect(
      page.getByRole('heading', { name: WAIVER.productTitle, level: 2 }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${SCORECARD_URL}$`));

    const summary = page.getByRole('article').filter({
      has: page.getByRole('heading', { name: 'Scorecard', level: 3 }),
    });
    await expect(
      summary.getByText(`Score ${scorecard.score} of 100`),
    ).toBeVisible();
    await expect(
      summary.getByText(LEVEL_LABELS[scorecard.level], { exact: true }),
    ).toBeVisible();
    await expect(
      summary.getByRole('button', { name: 'Evaluate now' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'History', level: 3 }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Rules', level: 3 }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Waivers', level: 3 }),
    ).toBeVisible();

    await expectRulesMatch(page, scorecard);
    await expect(
      ruleItem(page, WAIVER.level, WAIVER.ruleTitle).getByTitle('Fail', {
        exact: true,
      }),
    ).toBeVisible();
    await expect(
      page.getByText('No waivers have been requested for this product.'),
    ).toBeVisible();
    await screenshot(page, 'scorecard');
  });

  test('request a waiver for a failing rule @owner', async ({ page }) => {
    await signIn(page);
    await page.goto(SCORECARD_URL);
    const rule = ruleItem(page, WAIVER.level, WAIVER.ruleTitle);
    await expect(rule.getByTitle('Fail', { exact: true })).toBeVisible();
    await rule
      .getByRole('button', { name: `Request waiver for ${WAIVER.ruleTitle}` })
      .click();

    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Request a waiver')).toBeVisible();
    await expect(
      dialog.getByText(WAIVER.ruleTitle, { exact: true }),
    ).toBeVisible();
    const send = dialog.getByRole('button', {
      name: 'Request waiver',
      exact: true,
    });

    // Sending without a reason says what is missing and sends nothing.
    await send.click();
    await expect(
      dialog.getByText('Say why in at least 10 characters (0 so far).'),
    ).toBeVisible();

    await dialog
      .getByRole('textbox', { name: 'Justification' })
      .fill(WAIVER.justification);
    // The expiry is picked on the date picker's calendar, 30 days ahead:
    // it opens on the default day, 90 days ahead, so go back a few months.
    const in30Days = new Date();
    in30Days.setDate(in30Days.getDate() + 30);
    const dayLabel = in30Days.toLocaleDateString('en-US', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      year: 'numeric',
    });
    await dialog.getByRole('button', { name: 'Open calendar' }).click();
    const calendar = page.getByRole('application');
    const dayCell = calendar.getByRole('button', {
      name: new RegExp(`^${dayLabel}`),
    });
    for (let back = 0; back < 4 && !(await dayCell.isVisible()); back++) {
      await calendar.getByRole('button', { name: 'Previous' }).click();
    }
    await dayCell.click();
    await expect(calendar).toBeHidden();
    const shownDay = dialog
      .getByRole('group', { name: /Expires on/ })
      .getByRole('spinbutton');
    await expect(shownDay).toHaveText([
      String(in30Days.getMonth() + 1),
      String(in30Days.getDate()),
      String(in30Days.getFullYear()),
    ]);
    await send.click();
    await expect(dialog).toBeHidden();

    await expect(
      page.getByText(
        `Waiver requested for ${WAIVER.ruleTitle}. The governance group will decide.`,
      ),
    ).toBeVisible();
    await expect(
      rule.getByText(
        'Waiver requested: waiting for the governance group to decide.',
      ),
    ).toBeVisible();
    await expect(
      rule.getByRole('button', {
        name: `Request waiver for ${WAIVER.ruleTitle}`,
      }),
    ).toHaveCount(0);
    // still failing until governance decides
    await expect(rule.getByTitle('Fail', { exact: true })).toBeVisible();
    await expect(
      waiverRow(page).getByText('Requested', { exact: true }),
    ).toBeVisible();
    await expect(waiverRow(page).getByText(WAIVER.justification)).toBeVisible();

    // It is stored, not only shown: a reload lists it again.
    await page.reload();
    await expect(
      waiverRow(page).getByText('Requested', { exact: true }),
    ).toBeVisible();
    await expect(waiverRow(page).getByText('not yet')).toBeVisible();
    await screenshot(page, 'scorecard-waiver-requested');
  });

  test("My data products and the group's card show sales-data's products @owner", async ({
    page,
  }) => {
    await signIn(page);
    await page
      .getByRole('link', { name: 'Data products', exact: true })
      .click();
    await page.getByRole('tab', { name: 'My data products' }).click();
    await expect(page).toHaveURL(/\/data-products\/mine$/);
    await expect(
      page.getByText(/^Owned by your groups: .*\bsales-data\b/),
    ).toBeVisible();
    await expect(
      page.getByText(
        `Your groups own ${SALES_DATA_PRODUCTS.length} data products:`,
        { exact: false },
      ),
    ).toBeVisible();
    const mine = productTable(page);
    await expect(mine.getByRole('rowheader')).toHaveCount(
      SALES_DATA_PRODUCTS.length,
    );
    expect(await titlesIn(mine)).toEqual(SALES_DATA_PRODUCTS);
    // products failing a rule link straight to their scorecard
    await expect(
      page.getByRole('link', {
        name: new RegExp(
          `^${literal(WAIVER.productTitle)}: \\d+ failing rules?$`,
        ),
      }),
    ).toHaveAttribute('href', SCORECARD_URL);
    await screenshot(page, 'my-data-products');

    // The group's page: its own products, then those of its sub-groups too.
    await page.goto('/catalog/default/group/sales-data');
    await expect(
      page.getByRole('heading', { name: 'Sales Data', level: 2 }),
    ).toBeVisible();
    const card = page.getByRole('article').filter({
      has: page.getByRole('heading', {
        name: 'Data products',
        level: 3,
        exact: true,
      }),
    });
    await expect(card).toBeVisible();
    const groupTable = productTable(card);
    await expect(groupTable.getByRole('rowheader')).toHaveCount(
      SALES_DATA_PRODUCTS.length,
    );
    expect(await titlesIn(groupTable)).toEqual(SALES_DATA_PRODUCTS);
    await expect(
      card.getByRole('img', {
        name: /\d+ gold, \d+ silver, \d+ bronze, \d+ with no level/,
      }),
    ).toBeVisible();
    // the catalog's relations graph draws last; wait for it so the picture is whole
    await expect(
      page
        .getByRole('article')
        .filter({
          has: page.getByRole('heading', { name: 'Relations', level: 3 }),
        })
        .getByText(WAIVER.productTitle),
    ).toBeVisible();
    await screenshot(page, 'group-card');

    // the switch's input is visually hidden under its track: press its label
    const subGroups = card.getByRole('switch', { name: 'Include sub-groups' });
    await expect(subGroups).not.toBeChecked();
    await card.getByText('Include sub-groups', { exact: true }).click();
    await expect(subGroups).toBeChecked();
    await expect(
      groupTable.getByRole('link', { name: 'Orders (raw)' }),
    ).toBeVisible();
    await expect(
      groupTable.getByRole('link', { name: 'Price list' }),
    ).toBeVisible();
    await expect(
      groupTable.getByRole('columnheader', { name: 'Owner' }),
    ).toBeVisible();
    const withSubGroups = await groupTable.getByRole('rowheader').count();
    expect(withSubGroups).toBeGreaterThan(SALES_DATA_PRODUCTS.length);

    // The card's link opens the same products on the browse page.
    await card
      .getByRole('link', { name: 'See all in the browse page' })
      .click();
    await expect(page).toHaveURL(/\/data-products\?.*underOwner=/);
    await expect(
      page.getByText('Owned by sales-data or its sub-groups'),
    ).toBeVisible();
    await expect(productCount(page)).toHaveText(
      `${withSubGroups} data products`,
    );

    // A domain's page lists the domain's products the same way.
    await page.goto('/catalog/default/domain/sales');
    const domainCard = page.getByRole('article').filter({
      has: page.getByRole('heading', {
        name: 'Data products',
        level: 3,
        exact: true,
      }),
    });
    for (const title of [
      ...SALES_DATA_PRODUCTS,
      'Orders (raw)',
      'Price list',
    ]) {
      await expect(
        productTable(domainCard).getByRole('link', { name: title }),
      ).toBeVisible();
    }
  });
});

test.describe('as a member of the governance group', () => {
  test('governance page: rollups, failing rules, matrix and approving the waiver @governance', async ({
    page,
  }) => {
    await signIn(page, PEOPLE.governance);
    await page
      .getByRole('link', { name: 'Data products', exact: true })
      .click();
    await page.getByRole('tab', { name: 'Governance' }).click();
    await expect(page).toHaveURL(/\/data-products\/governance$/);

    // Rollups per domain, then per owning group.
    const rollups = page.getByRole('region', { name: 'Rollups', exact: true });
    for (const domain of [
      'customer',
      'finance',
      'logistics',
      'marketing',
      'sales',
    ]) {
      await expect(
        rollups
          .getByRole('rowheader')
          .getByRole('link', { name: domain, exact: true }),
      ).toBeVisible();
    }
    await expect(
      rollups
        .getByRole('img', {
          name: /\d+ gold, \d+ silver, \d+ bronze, \d+ with no level/,
        })
        .first(),
    ).toBeVisible();
    await rollups.getByRole('radio', { name: 'Per owner' }).click();
    await expect(
      rollups.getByRole('columnheader', { name: 'Owner' }),
    ).toBeVisible();
    await expect(
      rollups
        .getByRole('rowheader')
        .getByRole('link', { name: 'sales-data', exact: true }),
    ).toBeVisible();

    // The rules that fail most, each a link to the products failing it.
    const failing = page.getByRole('list', { name: 'Rules that fail most' });
    await expect(failing.getByRole('listitem').first()).toBeVisible();
    await expect(failing.getByRole('listitem').first()).toContainText(
      /\d+ products? fails? \(\d+% of \d+\)/,
    );
    await expect(
      failing.getByRole('link', { name: WAIVER.ruleTitle }),
    ).toHaveAttribute('href', `/data-products?failing=${WAIVER.ruleId}`);

    // The matrix: every product against every rule, and its CSV.
    const matrix = page.getByRole('region', { name: 'Matrix', exact: true });
    const matrixRow = matrix
      .getByRole('table', { name: 'Products against rules' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: WAIVER.productTitle }) });
    await expect(
      matrixRow.getByTitle(`${WAIVER.ruleId}: Fail`, { exact: true }),
    ).toBeVisible();
    const downloading = page.waitForEvent('download');
    await matrix.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('data-products.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toContain(WAIVER.ruleId);
    expect(lines.some(line => line.includes(WAIVER.entityRef))).toBe(true);

    // The owner's request waits in the queue; this user may decide it.
    const queue = page.getByRole('region', {
      name: 'Waiver queue',
      exact: true,
    });
    await expect(
      queue.getByText('Only the governance group decides waivers.'),
    ).toHaveCount(0);
    const queued = queue.getByRole('row').filter({
      has: page.getByRole('link', { name: WAIVER.product, exact: true }),
    });
    await expect(queued.getByText(WAIVER.ruleTitle)).toBeVisible();
    await expect(queued.getByText(WAIVER.justification)).toBeVisible();
    await expect(queued.getByText('guest', { exact: true })).toBeVisible();
    const approve = queued.getByRole('button', {
      name: `Approve the ${WAIVER.ruleId} waiver of ${WAIVER.product}`,
    });
    await expect(approve).toBeVisible();
    await screenshot(page, 'governance');

    await approve.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Approve waiver')).toBeVisible();
    await expect(
      dialog.getByText(
        `${WAIVER.product} asks to be exempt from “${WAIVER.ruleTitle}”`,
      ),
    ).toBeVisible();
    await dialog
      .getByRole('textbox', { name: 'Comment (optional)' })
      .fill(WAIVER.comment);
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(
      queue.getByText(
        `Approved the ${WAIVER.ruleId} waiver of ${WAIVER.product}.`,
      ),
    ).toBeVisible();
    await expect(
      queue.getByText('No waiver is waiting for a decision.'),
    ).toBeVisible();
  });

  test('the approved rule reads Exempt on the scorecard and in the matrix @governance', async ({
    page,
    request,
  }) => {
    await signIn(page, PEOPLE.governance);
    // Approving re-evaluates the product at once: no "Evaluate now" needed.
    await page.goto(SCORECARD_URL);
    const rule = ruleItem(page, WAIVER.level, WAIVER.ruleTitle);
    await expect(rule.getByTitle('Exempt', { exact: true })).toBeVisible();
    // the rule's message says it too; the note under it gives the day
    await expect(rule.getByText(/^Waived until [^:]+\.$/)).toBeVisible();
    await expect(
      waiverRow(page).getByText('Approved', { exact: true }),
    ).toBeVisible();
    await expect(
      waiverRow(page).getByText(/Elena Petrova|elena\.petrova/),
    ).toBeVisible();

    const scorecard = await scorecardOf(request, WAIVER.entityRef);
    expect(scorecard.results.find(r => r.ruleId === WAIVER.ruleId)?.state).toBe(
      'exempt',
    );
    await expectRulesMatch(page, scorecard);
    await screenshot(page, 'scorecard-waiver-approved');

    // Evaluating again keeps the waiver in force.
    const evaluated = page.waitForResponse(
      res =>
        res.request().method() === 'POST' &&
        /\/evaluate$/.test(new URL(res.url()).pathname),
    );
    await page.getByRole('button', { name: 'Evaluate now' }).click();
    expect((await evaluated).ok()).toBe(true);
    await expect(rule.getByTitle('Exempt', { exact: true })).toBeVisible();

    // The governance matrix shows it too.
    await page.goto('/data-products/governance');
    const matrixRow = page
      .getByRole('table', { name: 'Products against rules' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: WAIVER.productTitle }) });
    await expect(
      matrixRow.getByTitle(`${WAIVER.ruleId}: Exempt`, { exact: true }),
    ).toBeVisible();
    await screenshot(page, 'governance-after-approval');
  });
});

/** A string matched literally inside a RegExp. */
function literal(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
