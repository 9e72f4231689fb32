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
  startTransition,
  useEffect,
  useMemo,
  useState,
  type RefObject,
} from 'react';

/** The shortest a product row gets (one line of title, no description). */
const MIN_ROW_HEIGHT_PX = 48;

/** How many rows can show between the table's top and the bottom of the window. */
function rowsThatFit(table: HTMLElement | null): number {
  const top = table?.getBoundingClientRect().top ?? 0;
  return Math.max(
    1,
    Math.ceil((window.innerHeight - Math.max(0, top)) / MIN_ROW_HEIGHT_PX),
  );
}

/**
 * The rows to render now. BUI's table renders each cell through react-aria's
 * grid, a few milliseconds a row on a small machine, so a new page renders
 * in two steps: the rows that fit on the screen, at once, and the rest once
 * those are painted, as a transition that input can interrupt. What the
 * user looks at comes in half the time; what is below the fold follows a
 * frame or two later.
 */
export function useRowsByScreen<T>(
  rows: T[] | undefined,
  table: RefObject<HTMLElement | null>,
): T[] | undefined {
  const [whole, setWhole] = useState<T[]>();
  const firstScreen = useMemo(
    () => rows?.slice(0, rowsThatFit(table.current)),
    // measured when a new page comes, not on every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows],
  );
  const partial =
    !!rows &&
    !!firstScreen &&
    firstScreen.length < rows.length &&
    whole !== rows;
  useEffect(() => {
    if (!partial) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // setTimeout from a frame callback runs after that frame is painted
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setWhole(rows)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [rows, partial]);
  return partial ? firstScreen : rows;
}
