package dev.weft.runtime.async;

import dev.weft.value.Val;

import java.util.ArrayList;
import java.util.List;

/** A host-side {@link CopyBuffer} over a Java list, for tests of the copy rendezvous. */
final class ListBuffer implements CopyBuffer {
    private final List<Val> source;
    private final List<Val> received = new ArrayList<>();
    private final int length;
    private int progress;

    /** A writer's buffer holding {@code values}. */
    static ListBuffer of(List<Val> values) {
        return new ListBuffer(values, values.size());
    }

    /** A reader's buffer with room for {@code length} values. */
    static ListBuffer room(int length) {
        return new ListBuffer(List.of(), length);
    }

    private ListBuffer(List<Val> source, int length) {
        this.source = source;
        this.length = length;
    }

    List<Val> received() {
        return received;
    }

    @Override
    public int remain() {
        return length - progress;
    }

    @Override
    public boolean isZeroLength() {
        return length == 0;
    }

    @Override
    public int progress() {
        return progress;
    }

    @Override
    public List<Val> read(int n) {
        List<Val> out = List.copyOf(source.subList(progress, progress + n));
        progress += n;
        return out;
    }

    @Override
    public void write(List<Val> values) {
        received.addAll(values);
        progress += values.size();
    }
}
