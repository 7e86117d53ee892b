import { now, Counter } from 'local:js/types@0.1.0';
export function run(args) { now(); new Counter(1).get(); return undefined; }
export const api = { move(p, c) { return p; } };
