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

import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { shortRef } from '../DataProductTable';
import { SafeLink } from '@meshwork/plugin-data-products-react';

/** An entity named as people say it (`sales-data`), linked to its catalog page. */
export function EntityShortLink(props: { entityRef: string; title?: string }) {
  const { entityRef, title } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  return (
    <SafeLink
      href={entityRoute(entityRouteParams(entityRef))}
      title={entityRef}
    >
      {title ?? shortRef(entityRef)}
    </SafeLink>
  );
}
