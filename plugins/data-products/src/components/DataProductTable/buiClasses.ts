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

import { LinkDefinition, TableDefinition, TextDefinition } from '@backstage/ui';

/**
 * BUI's class names for table, link and text parts: the stable name a theme
 * can target and the stylesheet's own, as BUI's components set them. Plain
 * elements wearing them look like BUI's table without rendering through it.
 */
function classesOf(styles: Readonly<Record<string, string>>) {
  return (name: string) => [name, styles[name]].filter(Boolean).join(' ');
}

export const tableClass = classesOf(TableDefinition.styles);
export const linkClass = classesOf(LinkDefinition.styles)('bui-Link');
export const textClass = classesOf(TextDefinition.styles)('bui-Text');
