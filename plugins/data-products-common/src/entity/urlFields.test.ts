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

import { validateDataProductEntity } from './validateDataProductEntity';

const messagesFor = (entity: unknown) =>
  validateDataProductEntity(entity).map(problem => problem.message);

// Every URL field of the kind: a page renders each one as a link, so each
// keeps to the schemes a browser can't run as script.
function productWithUrls(url: string) {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: {
      name: 'orders-daily',
      description: 'Every order line.',
      links: [{ url, title: 'Dashboard' }],
    },
    spec: {
      owner: 'group:sales-data',
      domain: 'sales',
      status: 'active',
      support: [{ channel: '#orders', url }],
      outputPorts: [{ name: 'orders-v1', accessRequest: { url } }],
      managementPorts: [{ name: 'metrics', content: 'observability', url }],
    },
  };
}

const urlFields = [
  'metadata.links[0].url',
  'spec.support[0].url',
  'spec.outputPorts[0].accessRequest.url',
  'spec.managementPorts[0].url',
];

describe('URL fields of a DataProduct', () => {
  it.each([
    'https://chat.example.com/orders?x=1#top',
    'http://access.example.com',
    'HTTPS://Example.com/Orders',
    'mailto:orders-data@example.com',
  ])('accept %j', url => {
    expect(messagesFor(productWithUrls(url))).toEqual([]);
  });

  it('name each field and say which schemes it takes', () => {
    expect(messagesFor(productWithUrls('javascript:alert(1)'))).toEqual(
      urlFields.map(
        field =>
          `${field}: found "javascript:alert(1)"; expected an http, https or mailto URL`,
      ),
    );
  });

  it.each([
    ['a script in another case', 'JaVaScRiPt:alert(1)'],
    ['a script behind spaces', '  javascript:alert(1)'],
    ['a script split by a tab', 'java\tscript:alert(1)'],
    ['an HTML-escaped script', '&#x6a;avascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a vbscript URL', 'vbscript:msgbox(1)'],
    ['another scheme', 'ftp://files.example.com/orders'],
    ['a relative path', '/orders'],
    ['a scheme with nothing after it', 'https://'],
    ['a URL with a space', 'https://example.com/a b'],
    ['a control character', 'https://example.com/\u0000'],
  ])('refuse %s', (_what, url) => {
    // each names its field and the schemes it takes, whatever was found
    const problems = messagesFor(productWithUrls(url)).map(message =>
      message.replace(/: found .*; expected /s, ': found …; expected '),
    );
    expect(problems).toEqual(
      urlFields.map(
        field => `${field}: found …; expected an http, https or mailto URL`,
      ),
    );
  });
});
