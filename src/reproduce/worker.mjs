// A worker thread of `reproduce`: loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
