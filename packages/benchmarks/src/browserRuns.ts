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

import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from 'playwright-core';
import { waitForQuietBackend } from './backendQuiet';
import type { FilterChoice, ListPage } from './browseUiPages';
import { installPageProbe, type ProbeReading } from './pageProbe';
import type { PortalBackend } from './portalBackend';

export const CHROMIUM = '/usr/bin/chromium';

/** Milliseconds per reading, per measure. */
export interface PageReadings {
  warm: number[];
  cold: number[];
  /** The page's own part of each first render: from the app's shell painted to the first row painted. */
  warmOwn: number[];
  coldOwn: number[];
  filter: number[];
  /** CPU time the backend spent during each first render, warm and cold. */
  backendCpu: number[];
  failures: string[];
}

/** How long the timed readings waited for a quiet backend. */
export interface Settling {
  waits: number[];
  /** Readings taken on a backend that never went quiet. */
  busy: number;
}

const VIEWPORT = { width: 1440, height: 900 };
const TIMEOUT_MS = 60_000;

const say = (line: string) =>
  process.stderr.write(`bench:browse-ui: ${line}\n`);

/**
 * Headless Chromium that can reach localhost only: every other host name
 * fails to resolve, so no request leaves the machine, and none is slowed by
 * an interception layer.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
    ],
  });
}

/** A context whose pages run the probe; it notes requests to other hosts. */
async function newContext(
  browser: Browser,
  baseUrl: string,
  offHost: Set<string>,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    storageState,
  });
  await context.addInitScript(installPageProbe);
  context.on('request', request => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !/^(data|blob):/.test(url)) {
      offHost.add(new URL(url).origin);
    }
  });
  return context;
}

/**
 * Signs in as the guest (user:default/guest), as a user does it; the
 * context remembers the choice. The benchmark's backend does not load
 * app-config.development.yaml, so the page is the stock guest sign-in
 * (Enter); with the development config it is the example people's picker.
 */
async function signIn(context: BrowserContext, baseUrl: string) {
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page
    .getByRole('button', { name: 'Sign in as Guest User' })
    .or(page.getByRole('button', { name: 'Enter', exact: true }))
    .click();
  await page
    .getByRole('link', { name: 'Data products', exact: true })
    .waitFor({ timeout: TIMEOUT_MS });
  await page.close();
}

/**
 * Navigates and returns when the first product row was painted, in ms since
 * navigation start, and how much of that came after the app's shell was
 * painted (the page's own part).
 */
async function firstRender(
  page: Page,
  url: string,
): Promise<{ painted: number; own: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  const reading = await page.waitForFunction(
    () => {
      const bench = (window as any).__bench;
      return bench && bench.firstRow && bench.shell
        ? { firstRow: bench.firstRow, shell: bench.shell }
        : undefined;
    },
    undefined,
    { polling: 100, timeout: TIMEOUT_MS },
  );
  const { firstRow, shell } = (await reading.jsonValue()) as Record<
    'firstRow' | 'shell',
    ProbeReading
  >;
  return { painted: firstRow.painted, own: firstRow.painted - shell.painted };
}

/**
 * Counts the page's requests in flight from now on; `quiet()` waits until
 * none has been for `quietMs` (the page's data and facets have all come).
 */
function trackRequests(page: Page) {
  let inFlight = 0;
  let since = Date.now();
  page.on('request', () => {
    inFlight++;
  });
  const ended = () => {
    inFlight--;
    since = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async quiet(quietMs = 500) {
      const deadline = Date.now() + TIMEOUT_MS;
      while (inFlight > 0 || Date.now() - since < quietMs) {
        if (Date.now() > deadline) throw new Error('the page never went quiet');
        await page.waitForTimeout(50);
      }
    },
  };
}

/**
 * Picks `choice` in the page's filter, as a user does, and returns the
 * milliseconds from pressing the option to the frame that shows the new
 * count and only matching rows.
 */
async function filterChange(page: Page, list: ListPage, choice: FilterChoice) {
  const option = await list.openFilter(page, choice.value);
  await option.waitFor({ timeout: TIMEOUT_MS });
  const expect = list.expectation(choice, await option.innerText());
  await page.evaluate(shows => {
    const bench = (window as any).__bench;
    bench.pointerDown = undefined;
    bench.answer = undefined;
    bench.shows(shows).then((reading: unknown) => {
      bench.answer = reading;
    });
  }, expect);
  await option.click();
  const answer = await page.waitForFunction(
    () => {
      const bench = (window as any).__bench;
      return (
        bench.answer && {
          painted: bench.answer.painted,
          start: bench.pointerDown,
        }
      );
    },
    undefined,
    { polling: 100, timeout: TIMEOUT_MS },
  );
  const { painted, start } = (await answer.jsonValue()) as {
    painted: number;
    start: number;
  };
  return painted - start;
}

export interface RunPlan {
  baseUrl: string;
  backend: PortalBackend;
  pages: ListPage[];
  runs: number;
  /** Called after each run, with its number from 1. */
  onRun?: (run: number) => void;
}

/**
 * Per run and per page: a first render on a fresh tab of the signed-in
 * browser (warm HTTP cache), then a filter change on that tab; and a first
 * render in a new browser context (cold cache, the sign-in carried over).
 * The pages take turns going first, so a drift in load hits both.
 */
export async function runPages(plan: RunPlan) {
  const { baseUrl, pages, runs } = plan;
  const offHost = new Set<string>();
  const readings = new Map<string, PageReadings>(
    pages.map(p => [
      p.name,
      {
        warm: [],
        cold: [],
        warmOwn: [],
        coldOwn: [],
        filter: [],
        backendCpu: [],
        failures: [],
      },
    ]),
  );
  const settling: Settling = { waits: [], busy: 0 };
  // Every timed reading starts on a quiet backend: a closed tab's requests
  // are still answered after it closed (the catalog index's take seconds),
  // and would otherwise be timed as part of the next page's.
  const settle = async () => {
    const { waitedMs, quiet } = await waitForQuietBackend({
      cpuMs: plan.backend.cpuMs,
    });
    settling.waits.push(waitedMs);
    if (!quiet) settling.busy++;
  };
  const timedRender = async (
    page: Page,
    list: ListPage,
    cache: 'warm' | 'cold',
  ) => {
    await settle();
    const cpuBefore = plan.backend.cpuMs();
    const { painted, own } = await firstRender(page, baseUrl + list.path);
    const r = readings.get(list.name)!;
    r[cache].push(painted);
    r[cache === 'warm' ? 'warmOwn' : 'coldOwn'].push(own);
    const cpuAfter = plan.backend.cpuMs();
    if (cpuBefore !== undefined && cpuAfter !== undefined) {
      readings.get(list.name)!.backendCpu.push(cpuAfter - cpuBefore);
    }
  };
  const choices = new Map<string, FilterChoice[]>();
  for (const list of pages) {
    choices.set(list.name, await list.choices(plan.backend));
    if (!choices.get(list.name)!.length) {
      throw new Error(`${list.name}: no ${list.filter} value narrows the list`);
    }
  }

  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, baseUrl, offHost);
    await signIn(context, baseUrl);
    const signedIn = await context.storageState();
    // One untimed visit each: the HTTP cache and the backend are warm after it.
    for (const list of pages) {
      const page = await context.newPage();
      await firstRender(page, baseUrl + list.path);
      await page.close();
    }
    const attempt = async (
      list: ListPage,
      what: string,
      work: () => Promise<void>,
    ): Promise<boolean> => {
      try {
        await work();
        return true;
      } catch (error) {
        readings
          .get(list.name)!
          .failures.push(`${what}: ${(error as Error).message.split('\n')[0]}`);
        return false;
      }
    };
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? [...pages].reverse() : pages;
      for (const list of order) {
        const r = readings.get(list.name)!;
        const page = await context.newPage();
        const requests = trackRequests(page);
        const rendered = await attempt(list, 'warm first render', () =>
          timedRender(page, list, 'warm'),
        );
        if (rendered) {
          await attempt(list, 'filter change', async () => {
            await requests.quiet();
            await settle();
            const options = choices.get(list.name)!;
            r.filter.push(
              await filterChange(page, list, options[run % options.length]),
            );
          });
        }
        await page.close();
      }
      for (const list of order) {
        const fresh = await newContext(browser, baseUrl, offHost, signedIn);
        await attempt(list, 'cold first render', async () => {
          const page = await fresh.newPage();
          await timedRender(page, list, 'cold');
        });
        await fresh.close();
      }
      say(`run ${run + 1} of ${runs} done`);
      plan.onRun?.(run + 1);
    }
    return {
      readings,
      settling,
      choices,
      offHost: [...offHost],
      version: browser.version(),
    };
  } finally {
    await browser.close();
  }
}
