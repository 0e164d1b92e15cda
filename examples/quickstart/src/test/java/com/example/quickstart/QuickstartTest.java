package com.example.quickstart;

import org.junit.jupiter.api.Test;

/** Runs the README's quickstart as it is written. */
class QuickstartTest {
  @Test
  void runs() {
    Quickstart.main(new String[0]);
  }
}
