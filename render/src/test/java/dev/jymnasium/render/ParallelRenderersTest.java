package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.render.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ParallelRenderersTest {
  private static List<Scene> scenes() {
    List<Scene> out = new ArrayList<>();
    CartPoleEnv env = new CartPoleEnv();
    for (int i = 0; i < 10; i++) {
      env.setState(new double[] {-1 + 0.2 * i, 0, 0.05 * i - 0.2, 0});
      out.add(env.scene());
      out.add(DemoScenes.thirtyPrimitives(240, 180, 0.1 * i));
    }
    return out;
  }

  private static List<RgbFrame> renderAll(List<Scene> scenes, int rounds) {
    List<RgbFrame> out = new ArrayList<>();
    try (OffscreenRenderer r = new OffscreenRenderer(64, 64)) {
      for (int k = 0; k < rounds; k++) {
        for (Scene s : scenes) {
          RgbFrame f = r.draw(s);
          if (k == rounds - 1) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  @Test
  void twoRenderersOnTwoThreadsGiveIdenticalFrames() throws Exception {
    Headless.assumeAvailable();
    List<Scene> scenes = scenes();
    List<RgbFrame> reference = renderAll(scenes, 1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<List<RgbFrame>> job = () -> renderAll(scenes, 3);
      Future<List<RgbFrame>> a = pool.submit(job);
      Future<List<RgbFrame>> b = pool.submit(job);
      List<RgbFrame> fa = a.get();
      List<RgbFrame> fb = b.get();
      for (int i = 0; i < scenes.size(); i++) {
        assertArrayEquals(reference.get(i).rgb(), fa.get(i).rgb(), "thread A, scene " + i);
        assertArrayEquals(reference.get(i).rgb(), fb.get(i).rgb(), "thread B, scene " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneRendererSharedByThreadsTakesTurns() throws Exception {
    Headless.assumeAvailable();
    List<Scene> scenes = scenes();
    List<RgbFrame> reference = renderAll(scenes, 1);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (OffscreenRenderer shared = new OffscreenRenderer(32, 32)) {
      List<Future<RgbFrame>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (Scene s : scenes) {
          futures.add(pool.submit(() -> shared.draw(s)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertArrayEquals(reference.get(i % scenes.size()).rgb(), futures.get(i).get().rgb());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
