package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.EnvProvider;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Registry;

/**
 * Registers the Minigrid envs with the original's ids and kwargs. The envs truncate themselves at
 * {@code max_steps}, so the specs have no time limit, as in Minigrid. Every id has the native
 * vector env {@link MiniGridVectorEnv}.
 */
public final class MiniGridProvider implements EnvProvider {
  @Override
  public void register(Registry registry) {
    registry.register(empty("MiniGrid-Empty-5x5-v0", 5, true));
    registry.register(empty("MiniGrid-Empty-Random-5x5-v0", 5, false));
    registry.register(empty("MiniGrid-Empty-6x6-v0", 6, true));
    registry.register(empty("MiniGrid-Empty-Random-6x6-v0", 6, false));
    registry.register(empty("MiniGrid-Empty-8x8-v0", 8, true));
    registry.register(empty("MiniGrid-Empty-16x16-v0", 16, true));
    registry.register(doorKey("MiniGrid-DoorKey-5x5-v0", 5));
    registry.register(doorKey("MiniGrid-DoorKey-6x6-v0", 6));
    registry.register(doorKey("MiniGrid-DoorKey-8x8-v0", 8));
    registry.register(doorKey("MiniGrid-DoorKey-16x16-v0", 16));
    registry.register(
        EnvSpec.builder("MiniGrid-FourRooms-v0")
            .config(FourRoomsEnv.Config.class, FourRoomsEnv::new)
            .vectorConfig(FourRoomsEnv.Config.class, MiniGridVectorEnv.factory(FourRoomsEnv::new))
            .build());
    registry.register(lavaGap("MiniGrid-LavaGapS5-v0", 5));
    registry.register(lavaGap("MiniGrid-LavaGapS6-v0", 6));
    registry.register(lavaGap("MiniGrid-LavaGapS7-v0", 7));
    registry.register(crossing("MiniGrid-LavaCrossingS9N1-v0", 9, 1, "lava"));
    registry.register(crossing("MiniGrid-LavaCrossingS9N2-v0", 9, 2, "lava"));
    registry.register(crossing("MiniGrid-LavaCrossingS9N3-v0", 9, 3, "lava"));
    registry.register(crossing("MiniGrid-LavaCrossingS11N5-v0", 11, 5, "lava"));
    registry.register(crossing("MiniGrid-SimpleCrossingS9N1-v0", 9, 1, "wall"));
    registry.register(crossing("MiniGrid-SimpleCrossingS9N2-v0", 9, 2, "wall"));
    registry.register(crossing("MiniGrid-SimpleCrossingS9N3-v0", 9, 3, "wall"));
    registry.register(crossing("MiniGrid-SimpleCrossingS11N5-v0", 11, 5, "wall"));
    registry.register(
        EnvSpec.builder("MiniGrid-Unlock-v0")
            .config(UnlockEnv.Config.class, UnlockEnv::new)
            .vectorConfig(UnlockEnv.Config.class, MiniGridVectorEnv.factory(UnlockEnv::new))
            .build());
    registry.register(
        EnvSpec.builder("MiniGrid-UnlockPickup-v0")
            .config(UnlockPickupEnv.Config.class, UnlockPickupEnv::new)
            .vectorConfig(
                UnlockPickupEnv.Config.class, MiniGridVectorEnv.factory(UnlockPickupEnv::new))
            .build());
    registry.register(
        EnvSpec.builder("MiniGrid-BlockedUnlockPickup-v0")
            .config(UnlockPickupEnv.Config.class, UnlockPickupEnv::new)
            .vectorConfig(
                UnlockPickupEnv.Config.class, MiniGridVectorEnv.factory(UnlockPickupEnv::new))
            .kwarg("blocked", true)
            .build());
    registry.register(keyCorridor("MiniGrid-KeyCorridorS3R1-v0", 3, 1));
    registry.register(keyCorridor("MiniGrid-KeyCorridorS3R2-v0", 3, 2));
    registry.register(keyCorridor("MiniGrid-KeyCorridorS3R3-v0", 3, 3));
    registry.register(keyCorridor("MiniGrid-KeyCorridorS4R3-v0", 4, 3));
    registry.register(keyCorridor("MiniGrid-KeyCorridorS5R3-v0", 5, 3));
    registry.register(keyCorridor("MiniGrid-KeyCorridorS6R3-v0", 6, 3));
    registry.register(multiRoom("MiniGrid-MultiRoom-N2-S4-v0", 2, 4));
    registry.register(multiRoom("MiniGrid-MultiRoom-N4-S5-v0", 6, 5));
    registry.register(multiRoom("MiniGrid-MultiRoom-N4-S5-v1", 4, 5));
    registry.register(multiRoom("MiniGrid-MultiRoom-N6-v0", 6, 10));
    registry.register(memory("MiniGrid-MemoryS7-v0", 7, false));
    registry.register(memory("MiniGrid-MemoryS9-v0", 9, false));
    registry.register(memory("MiniGrid-MemoryS11-v0", 11, false));
    registry.register(memory("MiniGrid-MemoryS13-v0", 13, false));
    registry.register(memory("MiniGrid-MemoryS13Random-v0", 13, true));
    registry.register(memory("MiniGrid-MemoryS17Random-v0", 17, true));
    registry.register(distShift("MiniGrid-DistShift1-v0", 2));
    registry.register(distShift("MiniGrid-DistShift2-v0", 5));
    registry.register(dynamicObstacles("MiniGrid-Dynamic-Obstacles-5x5-v0", 5, 2, true));
    registry.register(dynamicObstacles("MiniGrid-Dynamic-Obstacles-Random-5x5-v0", 5, 2, false));
    registry.register(dynamicObstacles("MiniGrid-Dynamic-Obstacles-6x6-v0", 6, 3, true));
    registry.register(dynamicObstacles("MiniGrid-Dynamic-Obstacles-Random-6x6-v0", 6, 3, false));
    registry.register(dynamicObstacles("MiniGrid-Dynamic-Obstacles-8x8-v0", 8, 4, true));
    registry.register(dynamicObstacles("MiniGrid-Dynamic-Obstacles-16x16-v0", 16, 8, true));
    registry.register(goToDoor("MiniGrid-GoToDoor-5x5-v0", 5));
    registry.register(goToDoor("MiniGrid-GoToDoor-6x6-v0", 6));
    registry.register(goToDoor("MiniGrid-GoToDoor-8x8-v0", 8));
    registry.register(redBlueDoors("MiniGrid-RedBlueDoors-6x6-v0", 6));
    registry.register(redBlueDoors("MiniGrid-RedBlueDoors-8x8-v0", 8));
    registry.register(fetch("MiniGrid-Fetch-5x5-N2-v0", 5, 2));
    registry.register(fetch("MiniGrid-Fetch-6x6-N2-v0", 6, 2));
    registry.register(fetch("MiniGrid-Fetch-8x8-N3-v0", 8, 3));
    registry.register(goToObject("MiniGrid-GoToObject-6x6-N2-v0", 6, 2));
    registry.register(goToObject("MiniGrid-GoToObject-8x8-N2-v0", 8, 2));
    registry.register(putNear("MiniGrid-PutNear-6x6-N2-v0", 6, 2));
    registry.register(putNear("MiniGrid-PutNear-8x8-N3-v0", 8, 3));
    registry.register(
        EnvSpec.builder("MiniGrid-LockedRoom-v0")
            .config(LockedRoomEnv.Config.class, LockedRoomEnv::new)
            .vectorConfig(LockedRoomEnv.Config.class, MiniGridVectorEnv.factory(LockedRoomEnv::new))
            .build());
    registry.register(maze1D("MiniGrid-ObstructedMaze-1Dl-v0", false, false));
    registry.register(maze1D("MiniGrid-ObstructedMaze-1Dlh-v0", true, false));
    registry.register(maze1D("MiniGrid-ObstructedMaze-1Dlhb-v0", true, true));
    registry.register(maze("MiniGrid-ObstructedMaze-2Dl-v0", 2, false, false, 1, 4));
    registry.register(maze("MiniGrid-ObstructedMaze-2Dlh-v0", 2, true, false, 1, 4));
    registry.register(maze("MiniGrid-ObstructedMaze-2Dlhb-v0", 2, true, true, 1, 4));
    registry.register(maze("MiniGrid-ObstructedMaze-1Q-v0", 1, true, true, 1, 5));
    registry.register(maze("MiniGrid-ObstructedMaze-2Q-v0", 2, true, true, 2, 11));
    registry.register(maze("MiniGrid-ObstructedMaze-Full-v0", 1, true, true, 4, 25));
    registry.register(mazeV1("MiniGrid-ObstructedMaze-2Dlhb-v1", 2, 1, 4));
    registry.register(mazeV1("MiniGrid-ObstructedMaze-1Q-v1", 1, 1, 5));
    registry.register(mazeV1("MiniGrid-ObstructedMaze-2Q-v1", 2, 2, 11));
    registry.register(mazeV1("MiniGrid-ObstructedMaze-Full-v1", 1, 4, 25));
    registry.register(
        EnvSpec.builder("MiniGrid-Playground-v0")
            .config(PlaygroundEnv.Config.class, PlaygroundEnv::new)
            .vectorConfig(PlaygroundEnv.Config.class, MiniGridVectorEnv.factory(PlaygroundEnv::new))
            .build());
  }

  private static EnvSpec maze1D(String id, boolean keyInBox, boolean blocked) {
    return EnvSpec.builder(id)
        .config(ObstructedMaze1DEnv.Config.class, ObstructedMaze1DEnv::new)
        .vectorConfig(
            ObstructedMaze1DEnv.Config.class, MiniGridVectorEnv.factory(ObstructedMaze1DEnv::new))
        .kwarg("key_in_box", keyInBox)
        .kwarg("blocked", blocked)
        .build();
  }

  /** The 3x3 layouts; {@code agentColumn} is the agent room's column, its row is 1. */
  private static EnvSpec maze(
      String id, int agentColumn, boolean keyInBox, boolean blocked, int quarters, int visited) {
    return EnvSpec.builder(id)
        .config(ObstructedMazeFullEnv.Config.class, ObstructedMazeFullEnv::new)
        .vectorConfig(
            ObstructedMazeFullEnv.Config.class,
            MiniGridVectorEnv.factory(ObstructedMazeFullEnv::new))
        .kwarg("agent_room", java.util.List.of(agentColumn, 1))
        .kwarg("key_in_box", keyInBox)
        .kwarg("blocked", blocked)
        .kwarg("num_quarters", quarters)
        .kwarg("num_rooms_visited", visited)
        .build();
  }

  /** The v1 layouts: keys hidden in boxes behind blocked doors, placed after the doors. */
  private static EnvSpec mazeV1(String id, int agentColumn, int quarters, int visited) {
    return EnvSpec.builder(id)
        .config(ObstructedMazeFullEnv.Config.class, ObstructedMazeFullEnv::new)
        .vectorConfig(
            ObstructedMazeFullEnv.Config.class,
            MiniGridVectorEnv.factory(ObstructedMazeFullEnv::new))
        .kwarg("agent_room", java.util.List.of(agentColumn, 1))
        .kwarg("num_quarters", quarters)
        .kwarg("num_rooms_visited", visited)
        .kwarg("keys_after_doors", true)
        .build();
  }

  private static EnvSpec fetch(String id, int size, int objects) {
    return EnvSpec.builder(id)
        .config(FetchEnv.Config.class, FetchEnv::new)
        .vectorConfig(FetchEnv.Config.class, MiniGridVectorEnv.factory(FetchEnv::new))
        .kwarg("size", size)
        .kwarg("num_objs", objects)
        .build();
  }

  private static EnvSpec goToObject(String id, int size, int objects) {
    return EnvSpec.builder(id)
        .config(GoToObjectEnv.Config.class, GoToObjectEnv::new)
        .vectorConfig(GoToObjectEnv.Config.class, MiniGridVectorEnv.factory(GoToObjectEnv::new))
        .kwarg("size", size)
        .kwarg("num_objs", objects)
        .build();
  }

  private static EnvSpec putNear(String id, int size, int objects) {
    return EnvSpec.builder(id)
        .config(PutNearEnv.Config.class, PutNearEnv::new)
        .vectorConfig(PutNearEnv.Config.class, MiniGridVectorEnv.factory(PutNearEnv::new))
        .kwarg("size", size)
        .kwarg("num_objs", objects)
        .build();
  }

  private static EnvSpec distShift(String id, int strip2Row) {
    return EnvSpec.builder(id)
        .config(DistShiftEnv.Config.class, DistShiftEnv::new)
        .vectorConfig(DistShiftEnv.Config.class, MiniGridVectorEnv.factory(DistShiftEnv::new))
        .kwarg("strip2_row", strip2Row)
        .build();
  }

  private static EnvSpec dynamicObstacles(String id, int size, int balls, boolean fixedStart) {
    EnvSpec.Builder b =
        EnvSpec.builder(id)
            .config(DynamicObstaclesEnv.Config.class, DynamicObstaclesEnv::new)
            .vectorConfig(
                DynamicObstaclesEnv.Config.class,
                MiniGridVectorEnv.factory(DynamicObstaclesEnv::new))
            .kwarg("size", size)
            .kwarg("n_obstacles", balls);
    if (!fixedStart) {
      b.kwarg("agent_start_pos", null);
    }
    return b.build();
  }

  private static EnvSpec goToDoor(String id, int size) {
    return EnvSpec.builder(id)
        .config(GoToDoorEnv.Config.class, GoToDoorEnv::new)
        .vectorConfig(GoToDoorEnv.Config.class, MiniGridVectorEnv.factory(GoToDoorEnv::new))
        .kwarg("size", size)
        .build();
  }

  private static EnvSpec redBlueDoors(String id, int size) {
    return EnvSpec.builder(id)
        .config(RedBlueDoorsEnv.Config.class, RedBlueDoorsEnv::new)
        .vectorConfig(RedBlueDoorsEnv.Config.class, MiniGridVectorEnv.factory(RedBlueDoorsEnv::new))
        .kwarg("size", size)
        .build();
  }

  private static EnvSpec multiRoom(String id, int rooms, int maxRoomSize) {
    return EnvSpec.builder(id)
        .config(MultiRoomEnv.Config.class, MultiRoomEnv::new)
        .vectorConfig(MultiRoomEnv.Config.class, MiniGridVectorEnv.factory(MultiRoomEnv::new))
        .kwarg("min_num_rooms", rooms)
        .kwarg("max_num_rooms", rooms)
        .kwarg("max_room_size", maxRoomSize)
        .build();
  }

  private static EnvSpec memory(String id, int size, boolean randomLength) {
    return EnvSpec.builder(id)
        .config(MemoryEnv.Config.class, MemoryEnv::new)
        .vectorConfig(MemoryEnv.Config.class, MiniGridVectorEnv.factory(MemoryEnv::new))
        .kwarg("size", size)
        .kwarg("random_length", randomLength)
        .build();
  }

  private static EnvSpec keyCorridor(String id, int roomSize, int rows) {
    return EnvSpec.builder(id)
        .config(KeyCorridorEnv.Config.class, KeyCorridorEnv::new)
        .vectorConfig(KeyCorridorEnv.Config.class, MiniGridVectorEnv.factory(KeyCorridorEnv::new))
        .kwarg("room_size", roomSize)
        .kwarg("num_rows", rows)
        .build();
  }

  private static EnvSpec empty(String id, int size, boolean fixedStart) {
    EnvSpec.Builder b =
        EnvSpec.builder(id)
            .config(EmptyEnv.Config.class, EmptyEnv::new)
            .vectorConfig(EmptyEnv.Config.class, MiniGridVectorEnv.factory(EmptyEnv::new))
            .kwarg("size", size);
    if (!fixedStart) {
      b.kwarg("agent_start_pos", null);
    }
    return b.build();
  }

  private static EnvSpec doorKey(String id, int size) {
    return EnvSpec.builder(id)
        .config(DoorKeyEnv.Config.class, DoorKeyEnv::new)
        .vectorConfig(DoorKeyEnv.Config.class, MiniGridVectorEnv.factory(DoorKeyEnv::new))
        .kwarg("size", size)
        .build();
  }

  private static EnvSpec lavaGap(String id, int size) {
    return EnvSpec.builder(id)
        .config(LavaGapEnv.Config.class, LavaGapEnv::new)
        .vectorConfig(LavaGapEnv.Config.class, MiniGridVectorEnv.factory(LavaGapEnv::new))
        .kwarg("size", size)
        .build();
  }

  private static EnvSpec crossing(String id, int size, int crossings, String obstacle) {
    return EnvSpec.builder(id)
        .config(CrossingEnv.Config.class, CrossingEnv::new)
        .vectorConfig(CrossingEnv.Config.class, MiniGridVectorEnv.factory(CrossingEnv::new))
        .kwarg("size", size)
        .kwarg("num_crossings", crossings)
        .kwarg("obstacle_type", obstacle)
        .build();
  }
}
