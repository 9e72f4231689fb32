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

import schema from './DataProduct.v1alpha1.schema.json';
import {
  DATA_CLASSIFICATIONS,
  DATA_PRODUCT_STATUSES,
  DATA_PRODUCT_TYPES,
} from './DataProductEntityV1alpha1';

// The JSON Schema is data, so it spells the kind's closed lists again; the
// lists the code, the API's schemas and the filters use must stay in step.
describe("the kind's value lists", () => {
  const spec = schema.properties.spec.properties;

  it("are the JSON Schema's", () => {
    expect(spec.status.enum).toEqual(DATA_PRODUCT_STATUSES);
    expect(spec.type.enum).toEqual(DATA_PRODUCT_TYPES);
    expect(spec.classification.enum).toEqual(DATA_CLASSIFICATIONS);
  });
});
