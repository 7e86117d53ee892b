package dev.weft.server;

/** Every {@link WeftServerTest} again with the guests run inline on Jetty's threads ({@link Dispatch#INLINE}). */
class WeftServerInlineTest extends WeftServerTest {
    @Override
    Dispatch dispatch() {
        return Dispatch.INLINE;
    }
}
