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

import { Link, type LinkProps } from '@backstage/ui';
import { linkableUrl } from '@meshwork/plugin-data-products-common';
import type { ReactNode } from 'react';

/**
 * Why a link was not made, for the reader.
 *
 * @public
 */
export const REFUSED_LINK_REASON =
  'Not linked: only http, https and mailto addresses are opened';

/**
 * `url` when following it leads to an http(s) page or a mail client,
 * otherwise undefined. Checked even though the kind's schema refuses other
 * schemes: entities stored before that rule, and contracts, which the
 * schema does not cover, still hold whatever their authors wrote.
 *
 * React 18 renders a `javascript:` href as given (it only warns in
 * development), and BUI's `Link` passes it on, so the check is ours; it is
 * `linkableUrl`'s, against the page's own address.
 *
 * @public
 */
export function safeHref(url: unknown): string | undefined {
  return linkableUrl(url, document.baseURI);
}

/**
 * Props of {@link SafeLink}: BUI's `Link` props, with an href that may be
 * refused.
 *
 * @public
 */
export type SafeLinkProps = Omit<LinkProps, 'href' | 'children'> & {
  href: string | undefined;
  children: ReactNode;
  /** Shown instead of the link when `href` is refused; default: the children as text. */
  fallback?: ReactNode;
};

/**
 * BUI's `Link` for an href that came from a document or an API answer: the
 * one way Meshwork's pages render such a link. A refused or missing href
 * shows the link's text without a link (or `fallback`), so the page still
 * reads.
 *
 * @public
 */
export function SafeLink(props: SafeLinkProps) {
  const { href, children, fallback, ...linkProps } = props;
  const safe = safeHref(href);
  if (safe) {
    return (
      <Link {...linkProps} href={safe}>
        {children}
      </Link>
    );
  }
  if (fallback !== undefined) return <>{fallback}</>;
  // A missing href is ordinary text; a refused one says why on hover.
  return href ? (
    <span title={REFUSED_LINK_REASON}>{children}</span>
  ) : (
    <>{children}</>
  );
}
