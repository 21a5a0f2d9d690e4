package io.xwindow.samples.java;

/** An amount in euro cents: a type of this child's own, sent by {@link MoneySerializer}. */
final class Money {
  final int cents;

  Money(int cents) {
    this.cents = cents;
  }

  @Override
  public String toString() {
    int rest = cents % 100;
    return cents / 100 + "." + (rest < 10 ? "0" : "") + rest + " EUR";
  }
}
