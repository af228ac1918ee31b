// A pooled worker of `reproduce` when running from sources (tests): loads worker-main.ts through tsx.
// The built bin runs dist/reproduce/worker-main.js instead (see pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
