package io.xwindow.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Timings of one kind from one scenario, e.g. the milliseconds of each block. */
record Sample(List<Double> values) {

  Sample {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("an empty sample has no median");
    }
    values = List.copyOf(values);
  }

  /** A sample of {@code values}. */
  static Sample of(double... values) {
    return new Sample(Arrays.stream(values).boxed().toList());
  }

  /** Parses numbers separated by commas, as JavaScript's {@code array.join(',')} writes them. */
  static Sample parse(String commaSeparated) {
    List<Double> values = new ArrayList<>();
    for (String value : commaSeparated.split(",")) {
      values.add(Double.parseDouble(value.strip()));
    }
    return new Sample(values);
  }

  /** All values of {@code samples}, in order. */
  static Sample pool(List<Sample> samples) {
    return new Sample(samples.stream().flatMap(s -> s.values().stream()).toList());
  }

  /** The middle value; the mean of the two middle ones for an even count. */
  double median() {
    return quantile(0.5);
  }

  /**
   * The {@code p}-quantile, 0 to 1, interpolated linearly between the two nearest ranks (the R-7 or
   * spreadsheet definition), so that {@code quantile(0.5)} is the median.
   */
  double quantile(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException("p must be within 0 and 1: " + p);
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double rank = p * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }

  /**
   * Each value less the value at the same place in {@code other}, e.g. the times of one step from
   * the times of the step before it, render by render.
   */
  Sample minus(Sample other) {
    if (other.values.size() != values.size()) {
      throw new IllegalArgumentException(values.size() + " values less " + other.values.size());
    }
    List<Double> differences = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      differences.add(values.get(i) - other.values.get(i));
    }
    return new Sample(differences);
  }

  /** Every value divided by {@code divisor}, e.g. block times to times per round trip. */
  Sample dividedBy(double divisor) {
    return new Sample(values.stream().map(v -> v / divisor).toList());
  }

  /** {@code size} divided by every value in milliseconds: burst durations to calls per second. */
  Sample ratesPerSecond(int size) {
    return new Sample(values.stream().map(ms -> size * 1000.0 / ms).toList());
  }
}
