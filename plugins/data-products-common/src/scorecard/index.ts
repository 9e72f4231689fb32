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

export * from './types';
export { builtinScorecardRules } from './policyPack';
export { DATA_PRODUCT_LEVELS, SCORECARD_LEVELS } from './levels';
export { evaluateDataProduct } from './evaluateDataProduct';
export type { EvaluationInputs } from './evaluateDataProduct';
export { compileConfigRules } from './configRules';
export type { ConfigRuleCheck, ConfigRuleDefinition } from './configRules';
export type { DataProductWaiver, WaiverEvent, WaiverStatus } from './waivers';
export { factValueProblem } from './facts';
export { BREAKING_CHANGES_FACT } from './breakingChangeRule';
export type { BreakingChangesFactValue } from './breakingChangeRule';
export { OBSERVED_INPUT_WINDOW_DAYS } from './observedInputs';
export type { ObservedInput } from './observedInputs';
export { describeFactRun } from './qualityFacts';
