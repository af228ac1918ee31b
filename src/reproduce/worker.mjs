// A worker thread of `reproduce` when running from sources (tests): loads its .ts through tsx, the
// pooled trial worker (worker-main.ts) unless workerData names another (theory-thread.ts: worker-theory.ts).
// The built bin runs dist/reproduce/*.js instead (see pool.ts, theory-thread.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.main ?? './worker-main.ts');
