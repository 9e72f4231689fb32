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

import type { OutputPort } from '@meshwork/plugin-data-products-common';

/** `PT24H` → `24 hours`; anything unusual is shown as written. */
export function formatDuration(
  duration: string | undefined,
): string | undefined {
  if (!duration) return undefined;
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!match) return duration;
  const [, days, hours, minutes] = match;
  const parts = [
    days && `${days} ${days === '1' ? 'day' : 'days'}`,
    hours && `${hours} ${hours === '1' ? 'hour' : 'hours'}`,
    minutes && `${minutes} min`,
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : duration;
}

/** What a consumer reads about a port's service levels, or undefined when none are declared. */
export function describeSla(port: OutputPort): string | undefined {
  const sla = port.sla;
  if (!sla) return undefined;
  const parts = [
    sla.freshness && `fresh within ${formatDuration(sla.freshness)}`,
    sla.availability !== undefined && `${sla.availability}% available`,
    sla.latency && `latency ${formatDuration(sla.latency)}`,
    sla.retention && `kept ${formatDuration(sla.retention)}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** `confidential, contains PII` */
export function describeSensitivity(item: {
  classification?: string;
  containsPii?: boolean;
}): string | undefined {
  const parts = [
    item.classification,
    item.containsPii && 'contains PII',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}
