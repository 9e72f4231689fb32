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

import { configApiRef, type ApiHolder } from '@backstage/frontend-plugin-api';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { askFirstPage } from '../hooks/browseFirstPage';
import { queryFromSearchParams } from '../hooks/useBrowseQuery';

const trimmed = (path: string) => path.replace(/\/+$/, '');

/** The path the app is served under, as Backstage's router takes it from app.baseUrl. */
function appBasePath(apis: ApiHolder): string {
  const baseUrl = apis.get(configApiRef)?.getOptionalString('app.baseUrl');
  return trimmed(new URL(baseUrl ?? '/', 'http://localhost').pathname);
}

/**
 * Asks for the browse page's rows when the app shows the data products
 * page at its browse tab, as the page's code starts loading: the request
 * travels while the app renders its shell and loads and renders the page,
 * which finds the answer (`askFirstPage`) instead of asking again, and
 * renders its rows at once if they have come. Without it the request left
 * only as the browse page itself started rendering, a tenth of a second
 * later, and the rows came after a first render without them.
 */
export function prefetchBrowseRows(apis: ApiHolder, pagePath: string) {
  const api = apis.get(dataProductsApiRef);
  const { pathname, search } = window.location;
  if (
    !api ||
    trimmed(pathname) !== `${appBasePath(apis)}${trimmed(pagePath)}`
  ) {
    return;
  }
  // A failure is the page's to show: it gets the same answer.
  askFirstPage(api, queryFromSearchParams(new URLSearchParams(search))).catch(
    () => {},
  );
}
