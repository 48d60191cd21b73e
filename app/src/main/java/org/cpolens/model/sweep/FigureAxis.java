package org.cpolens.model.sweep;

import java.util.Arrays;
import java.util.Objects;

/**
 * One swept catalog figure: {@code target.figure} takes each of {@code values} in turn.
 *
 * @param target  an architecture id or a switch id of the grid
 * @param figure  an architecture figure (e.g. {@code switchPortWatts}) or the switch's {@code basePowerW}
 * @param unit    the figure's unit, for column headers
 * @param values  at least one value
 */
public record FigureAxis(String target, String figure, String unit, double[] values) {
    public FigureAxis {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(figure, "figure");
        values = values.clone();
        if (values.length == 0) {
            throw new IllegalArgumentException("figure axis " + target + "." + figure + " has no values");
        }
    }

    public String column() {
        return target + "." + figure;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureAxis f && f.target.equals(target) && f.figure.equals(figure)
                && f.unit.equals(unit) && Arrays.equals(f.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, figure, unit, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return column() + "=" + Arrays.toString(values);
    }
}
