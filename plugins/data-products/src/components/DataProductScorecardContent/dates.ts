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

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day as people read it, in their locale: `21 Nov 2026`. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A moment as people read it, in their locale and time zone. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** `2026-11-21` for a local calendar day. */
export function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}`;
}

/** Today plus some days, as a date field's value. */
export function daysFromToday(days: number, now = new Date()): string {
  // calendar arithmetic, not 24-hour steps, which a daylight-saving change skews
  return toDateInput(
    new Date(now.getFullYear(), now.getMonth(), now.getDate() + days),
  );
}

/** Whole calendar days from today to a `YYYY-MM-DD` day; undefined if it is not one. */
export function daysUntil(value: string, now = new Date()): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(year, month - 1, day);
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  // rounding absorbs the hour a daylight-saving change adds or removes
  return Math.round((date.getTime() - today.getTime()) / DAY_MS);
}

/**
 * The expiry to send for a chosen day: that many days from now, less a few
 * minutes, so the default "90 days" stays within a backend whose cap is 90
 * days even when this browser's clock runs a little ahead of the server's.
 */
export function expiryTimestamp(days: number, now = new Date()): string {
  return new Date(now.getTime() + days * DAY_MS - 5 * 60 * 1000).toISOString();
}
