// Builds a copy of the project in a temporary folder and prints what went wrong, if anything: a safe way for an
// author to check content while someone else builds the real tree.  Run: npm run try-build
import { buildIn, copyProject } from './project-copy.mjs';

const copy = copyProject();
const { status, output } = buildIn(copy.dir);
copy.remove();
console.log(status === 0 ? output.split('\n').slice(-6).join('\n') : output);
console.log(status === 0 ? 'BUILD OK' : `BUILD FAILED (exit ${status})`);
process.exit(status ?? 1);
