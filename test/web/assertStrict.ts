// node:assert/strict for the web worker bundle: the `assert` package is Node's assert for browsers.
import { strict } from 'assert';

export const { ok, equal, notEqual, deepEqual, notDeepEqual, match, doesNotMatch, throws, rejects, fail } = strict;
export default strict;
