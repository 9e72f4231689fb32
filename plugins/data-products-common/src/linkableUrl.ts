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

/**
 * The schemes a link taken from a document or an API answer may open. Any
 * other (`javascript:`, `data:`, `vbscript:`, `file:`…) could run script in
 * the portal or reach the reader's machine when clicked.
 */
const LINKABLE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * `url` when following it leads to an http(s) page or a mail client,
 * otherwise undefined. The URL is read by the WHATWG parser browsers use,
 * so it sees the scheme a browser would act on: leading spaces and control
 * characters dropped, tabs and line breaks removed (`java\tscript:`), any
 * case. A relative URL resolves against `base` (the page, in a browser) and
 * is kept.
 *
 * @public
 */
export function linkableUrl(
  url: unknown,
  base: string = globalThis.document?.baseURI ?? 'http://localhost/',
): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return undefined;
  }
  return LINKABLE_SCHEMES.has(parsed.protocol) ? url : undefined;
}
