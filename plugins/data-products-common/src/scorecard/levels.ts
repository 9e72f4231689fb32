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
 * The scorecard's levels, lowest first: a product reaches one when its
 * rules and every lower level's all pass.
 * @public
 */
export const SCORECARD_LEVELS = ['bronze', 'silver', 'gold'] as const;

/**
 * A product's possible levels, lowest first: `none` until bronze's rules all
 * pass. Charts, filters and the API's schemas list them from here.
 * @public
 */
export const DATA_PRODUCT_LEVELS = ['none', ...SCORECARD_LEVELS] as const;
