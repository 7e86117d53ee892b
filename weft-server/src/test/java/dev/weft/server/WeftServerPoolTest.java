package dev.weft.server;

/** Every {@link WeftServerTest} again with the guests on the separate guest pool ({@link Dispatch#POOL}). */
class WeftServerPoolTest extends WeftServerTest {
    @Override
    Dispatch dispatch() {
        return Dispatch.POOL;
    }
}
