// A text plugin in JavaScript (componentize-js): reverses its input word by word and counts its calls in the
// host's store under "js-calls".
import { log } from 'weft:plugin-host/host@0.1.0';

export const plugin = {
  describe() {
    return { name: 'reverse-words', language: 'javascript' };
  },
  process(store, input) {
    if (input.length === 0) {
      throw 'empty input';   // becomes err("empty input")
    }
    const calls = Number(store.get('js-calls') ?? '0') + 1;
    store.set('js-calls', String(calls));
    log(`js: call ${calls}`);
    return input.split(' ').reverse().join(' ');
  },
};
