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

import { Box, Container, Skeleton, Tab, TabList, Tabs } from '@backstage/ui';
import { useRouteRef } from '@backstage/core-plugin-api';
import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { rootRouteRef } from '../../routes';
import { BrowsePage } from '../BrowsePage';

// Loaded when first opened, so the browse page, where most visits land, does
// not wait for the governance page's tables and charts to load and evaluate.
const GovernancePage = lazy(() =>
  import('../GovernancePage').then(m => ({ default: m.GovernancePage })),
);
const MyDataProductsPage = lazy(() =>
  import('../MyDataProductsPage').then(m => ({
    default: m.MyDataProductsPage,
  })),
);

/** The tabs of /data-products: one per kind of visitor. */
function tabsOf(root: string) {
  return [
    { id: 'browse', label: 'Browse', href: root },
    { id: 'mine', label: 'My data products', href: `${root}/mine` },
    { id: 'governance', label: 'Governance', href: `${root}/governance` },
  ];
}

/**
 * Browse, My data products and Governance under one page. Renders no page
 * shell: the new frontend system adds its plugin header, and
 * `LegacyDataProductsPage` wraps it for legacy apps.
 */
export function DataProductsPage() {
  const root = useRouteRef(rootRouteRef)();
  const { pathname } = useLocation();
  const tabs = tabsOf(root);
  const active =
    tabs.find(tab => tab.id !== 'browse' && pathname.startsWith(tab.href))
      ?.id ?? 'browse';
  return (
    <>
      <Box px="5" pt="3">
        <Tabs selectedKey={active}>
          <TabList aria-label="Data products views">
            {tabs.map(tab => (
              <Tab key={tab.id} id={tab.id} href={tab.href}>
                {tab.label}
              </Tab>
            ))}
          </TabList>
        </Tabs>
      </Box>
      <Container>
        <Suspense fallback={<Skeleton width="100%" height={240} />}>
          <Routes>
            <Route path="/" element={<BrowsePage />} />
            <Route path="/mine" element={<MyDataProductsPage />} />
            <Route path="/governance" element={<GovernancePage />} />
          </Routes>
        </Suspense>
      </Container>
    </>
  );
}
