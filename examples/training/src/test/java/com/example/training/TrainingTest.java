package com.example.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the README's training example on a tiny budget (the README's 100,000 steps take ~30 s). */
class TrainingTest {
  @Test
  void trainsSavesAndPlays() throws Exception {
    Path policy = Path.of("policy.bin");
    Files.deleteIfExists(policy);
    Training.main(new String[] {"2048"});
    assertTrue(Files.size(policy) > 0);
    Files.delete(policy);
  }
}
