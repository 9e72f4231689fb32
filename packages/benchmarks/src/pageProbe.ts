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

/** Milliseconds since navigation start: when the DOM matched, and when that frame was painted. */
export interface ProbeReading {
  dom: number;
  painted: number;
}

/** What a filtered table shows: its count, and rows that are the new ones. */
export interface TableExpectation {
  /** A regular expression the page's text matches once the count is shown. */
  count: string;
  /** A column header, compared without case, whose every row shows `cell`. */
  column?: string;
  cell?: string;
  /** A selector of what the page shows while it loads, such as a spinner. */
  loading?: string;
}

/**
 * Runs in the page before any of its own scripts (Playwright's init
 * script), so it sees the first row arrive. It records when the app's
 * shell (its sidebar) and a product row first show, when the user last pressed the pointer, and resolves
 * watches for a table state: a MutationObserver checks after every change,
 * and a reading is taken after the next frame is painted. Plain ES2017:
 * Playwright sends the function's source to the browser as it is.
 */
export function installPageProbe() {
  const ROW = 'tbody tr a[href*="/catalog/default/dataproduct/"]';
  const SHELL = 'nav[aria-label="sidebar nav"]';
  const bench: Record<string, any> = {};
  (window as any).__bench = bench;

  const watches: Array<() => boolean> = [];
  const check = () => {
    for (let i = watches.length - 1; i >= 0; i--) {
      if (watches[i]()) watches.splice(i, 1);
    }
  };
  // setTimeout from a frame callback runs after that frame's paint
  const whenPainted = (then: (t: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => then(performance.now()), 0));
  const watch = (matches: () => boolean) =>
    new Promise(resolve => {
      const test = () => {
        if (!matches()) return false;
        const dom = performance.now();
        whenPainted(painted => resolve({ dom, painted }));
        return true;
      };
      if (!test()) watches.push(test);
    });

  const productRows = () =>
    Array.from(document.querySelectorAll('tbody tr')).filter(
      row => row.querySelector(ROW.replace('tbody tr ', '')) !== null,
    );
  const text = (node: Element | undefined) =>
    ((node && node.textContent) || '').trim();

  bench.firstRow = undefined;
  watch(() => document.querySelector(ROW) !== null).then(reading => {
    bench.firstRow = reading;
  });
  // The app's shell: its sidebar shows once the app has booted and the user
  // is signed in, before the page's own code has loaded; the same moment on
  // every page of the app.
  bench.shell = undefined;
  watch(() => document.querySelector(SHELL) !== null).then(reading => {
    bench.shell = reading;
  });
  bench.shows = (expect: TableExpectation) =>
    watch(() => {
      const body = document.body;
      if (!body || !new RegExp(expect.count).test(body.textContent || '')) {
        return false;
      }
      if (expect.loading && document.querySelector(expect.loading)) {
        return false;
      }
      const rows = productRows();
      if (rows.length === 0) return false;
      if (!expect.column) return true;
      const headers = Array.from(document.querySelectorAll('thead th')).map(
        th => text(th).toLowerCase(),
      );
      const column = headers.indexOf(expect.column.toLowerCase());
      return (
        column >= 0 &&
        rows.every(row => text(row.children[column]) === expect.cell)
      );
    });
  addEventListener(
    'pointerdown',
    event => {
      bench.pointerDown = event.timeStamp;
    },
    true,
  );
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}
