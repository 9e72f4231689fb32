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

import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { safeHref } from '@meshwork/plugin-data-products-react';
import { linkClass, tableClass, textClass } from './buiClasses';

/** BUI's `body-medium` text, one line, cut with an ellipsis. */
const BODY = {
  'data-variant': 'body-medium',
  'data-weight': 'regular',
  'data-truncate': 'true',
} as const;

/** A row header reads as the other cells do, not bold and centred. */
const ROW_HEADER = { textAlign: 'left', fontWeight: 'inherit' } as const;

function TextLine(props: { text: string; color: 'primary' | 'secondary' }) {
  return (
    <span
      className={textClass}
      data-color={props.color}
      title={props.text}
      {...BODY}
    >
      {props.text}
    </span>
  );
}

/**
 * What BUI's `CellText` shows (a title, linked or not, and a secondary
 * line) in plain elements with its classes. A row header is a `th`.
 */
export function ProductCell(props: {
  title: string;
  description?: string;
  href?: string;
  isRowHeader?: boolean;
}) {
  const { title, description, isRowHeader } = props;
  // The row's links carry refs from the API: checked as every such link is.
  const href = safeHref(props.href);
  const content = (
    <div className={tableClass('bui-TableCellContentWrapper')}>
      <div className={tableClass('bui-TableCellContent')}>
        {href ? (
          <RouterLink
            to={href}
            className={linkClass}
            data-color="primary"
            title={title}
            {...BODY}
          >
            {title}
          </RouterLink>
        ) : (
          <TextLine text={title} color="primary" />
        )}
        {description && <TextLine text={description} color="secondary" />}
      </div>
    </div>
  );
  return isRowHeader ? (
    <th scope="row" className={tableClass('bui-TableCell')} style={ROW_HEADER}>
      {content}
    </th>
  ) : (
    <td className={tableClass('bui-TableCell')}>{content}</td>
  );
}

/** A cell with its own content, such as a badge. */
export function PlainCell(props: { children: ReactNode }) {
  return <td className={tableClass('bui-TableCell')}>{props.children}</td>;
}
