// A wasi:http/incoming-handler written against wasi:http/types directly: answers every request with 200 and
// "Hello from __NAME__! <METHOD> <path-with-query>".
import { Fields, OutgoingBody, OutgoingResponse, ResponseOutparam } from 'wasi:http/types@0.2.10';

const encoder = new TextEncoder();

export const incomingHandler = {
  handle(request, responseOut) {
    const method = request.method();
    const methodName = method.tag === 'other' ? method.val : method.tag.toUpperCase();
    const path = request.pathWithQuery() ?? '/';
    const headers = Fields.fromList([['content-type', encoder.encode('text/plain; charset=utf-8')]]);
    const response = new OutgoingResponse(headers);
    response.setStatusCode(200);
    const body = response.body();
    ResponseOutparam.set(responseOut, { tag: 'ok', val: response });
    const stream = body.write();
    stream.blockingWriteAndFlush(encoder.encode(`Hello from __NAME__! ${methodName} ${path}\n`));
    stream[Symbol.dispose]();
    OutgoingBody.finish(body, undefined);
  },
};
