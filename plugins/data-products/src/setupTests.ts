import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy* and waitFor wait for what the user would wait for; their default
// of 1 s is a clock, and a loaded 2-core machine takes longer than that to
// render a BUI table (react-aria renders each cell, a few ms a row). Tests
// that wait this long for something that never comes still fail, with the
// DOM they saw; files whose tests render a lot say so with a longer
// per-file Jest timeout.
configure({ asyncUtilTimeout: 5_000 });
