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

/**
 * The expiry to send for a chosen day: that many days from now, less a few
 * minutes, so the default "90 days" stays within a backend whose cap is 90
 * days even when this browser's clock runs a little ahead of the server's.
 */
export function expiryTimestamp(days: number, now = new Date()): string {
  return new Date(now.getTime() + days * DAY_MS - 5 * 60 * 1000).toISOString();
}
