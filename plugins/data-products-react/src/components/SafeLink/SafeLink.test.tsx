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

/* eslint-disable no-script-url -- script URLs are what these tests feed in */

import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { REFUSED_LINK_REASON, SafeLink, safeHref } from './SafeLink';

describe('safeHref', () => {
  it.each([
    'https://chat.example.com/orders',
    'http://access.example.com/orders?x=1',
    'HTTPS://EXAMPLE.COM',
    'mailto:orders-data@example.com',
    '/catalog/default/dataproduct/orders-daily',
    '/data-products?failing=has-owner',
  ])('keeps %j', url => {
    expect(safeHref(url)).toBe(url);
  });

  // What a browser would run or hand to another program, however written.
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001fjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'javascript\t:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://files.example.com',
    'blob:https://example.com/0d1f',
  ])('refuses %j', url => {
    expect(safeHref(url)).toBeUndefined();
  });

  it.each([undefined, null, '', '   ', 42, { url: 'https://x' }])(
    'refuses %j, which is no URL',
    url => {
      expect(safeHref(url)).toBeUndefined();
    },
  );

  // React sets href with setAttribute: no HTML entity is decoded, so the
  // browser reads this as a relative path on the portal, never a script.
  it('reads an HTML-escaped scheme as the browser does: a path on the portal', () => {
    const url = '&#x6a;avascript:alert(1)';
    expect(safeHref(url)).toBe(url);
    expect(new URL(url, document.baseURI).protocol).toBe('http:');
  });
});

describe('SafeLink', () => {
  it('links an https URL', async () => {
    await renderInTestApp(
      <SafeLink href="https://chat.example.com/orders">#orders-data</SafeLink>,
    );
    expect(
      await screen.findByRole('link', { name: '#orders-data' }),
    ).toHaveAttribute('href', 'https://chat.example.com/orders');
  });

  it('shows a refused link as its text and says why on hover', async () => {
    await renderInTestApp(
      <SafeLink href="  JaVaScRiPt:alert(1)">#orders-data</SafeLink>,
    );
    expect(await screen.findByText('#orders-data')).toHaveAttribute(
      'title',
      REFUSED_LINK_REASON,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows the fallback instead, when given one', async () => {
    await renderInTestApp(
      <>
        <SafeLink href="data:text/html,x" fallback={<em>no link</em>}>
          Request access
        </SafeLink>
        <SafeLink href="vbscript:x" fallback={null}>
          Join
        </SafeLink>
      </>,
    );
    expect(await screen.findByText('no link')).toBeInTheDocument();
    expect(screen.queryByText('Request access')).not.toBeInTheDocument();
    expect(screen.queryByText('Join')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows a missing link as plain text', async () => {
    await renderInTestApp(<SafeLink href={undefined}>#orders-data</SafeLink>);
    expect(await screen.findByText('#orders-data')).not.toHaveAttribute(
      'title',
    );
  });
});
