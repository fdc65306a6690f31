package io.kairos.hardware.sim;

import java.util.Arrays;

/** Growable int array without boxing. */
final class IntList {
    private int[] a = new int[256];
    private int size;

    void add(int x) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = x;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(a, size);
    }
}
