package org.cpolens.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ParetoFrontTest {
    record P(double x, double y, long row) {
    }

    /** The definition, in O(n^2): not dominated, and the first row of equal points. */
    static List<P> bruteForce(List<P> points) {
        List<P> out = new ArrayList<>();
        for (P p : points) {
            boolean keep = true;
            for (P q : points) {
                boolean dominates = q.x <= p.x && q.y <= p.y && (q.x < p.x || q.y < p.y);
                boolean earlierTwin = q.x == p.x && q.y == p.y && q.row < p.row;
                if (dominates || earlierTwin) {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingDouble(P::x));
        return out;
    }

    static List<P> front(ParetoFront f) {
        List<P> out = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            out.add(new P(f.x(i), f.y(i), f.row(i)));
        }
        return out;
    }

    @Test
    void handChecked() {
        ParetoFront f = new ParetoFront();
        f.add(3, 3, 0);   // joins
        f.add(4, 4, 1);   // dominated by (3,3)
        f.add(1, 5, 2);   // trade-off: joins
        f.add(3, 3, 3);   // equal to row 0: the first stays
        f.add(2, 2, 4);   // dominates (3,3), not (1,5)
        f.add(5, 1, 5);   // trade-off: joins
        f.add(1, 5, 6);   // equal to row 2
        assertThat(front(f)).containsExactly(new P(1, 5, 2), new P(2, 2, 4), new P(5, 1, 5));
        f.add(0, 0, 7);   // dominates everything
        assertThat(front(f)).containsExactly(new P(0, 0, 7));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** Random clouds, with ties on a coarse lattice, against the definition; split and merged as a sweep does. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matchesTheDefinitionAndMergesInChunks(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(600);
        boolean lattice = random.nextBoolean();
        List<P> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = lattice ? random.nextInt(12) : random.nextDouble();
            double y = lattice ? random.nextInt(12) : random.nextDouble() * (1.5 - x);
            points.add(new P(x, y, i));
        }
        ParetoFront whole = new ParetoFront();
        points.forEach(p -> whole.add(p.x, p.y, p.row));
        List<P> expected = bruteForce(points);
        assertThat(front(whole)).as("seed %d", seed).isEqualTo(expected);

        int chunk = 1 + random.nextInt(50);
        ParetoFront merged = new ParetoFront();
        for (int start = 0; start < n; start += chunk) {
            ParetoFront part = new ParetoFront();
            points.subList(start, Math.min(n, start + chunk)).forEach(p -> part.add(p.x, p.y, p.row));
            merged.addAll(part);
        }
        assertThat(front(merged)).as("seed %d, chunks of %d", seed, chunk).isEqualTo(expected);
    }
}
