#!/usr/bin/env bash
# PPO on controlgym/he1-v0 with observe_state against LQR (docs/controlgym.md, "Learning"): trains
# the documented recipe for each seed, then evaluates it and LQR (and LQG on y) on 5 episodes of
# 1000 steps, seeds 0-4. Prints the load average and the training time. Usage, from the repository
# root:
#   benchmarks/controlgym/he1_learning.sh [OUT_DIR] [SEED...]
set -euo pipefail
out=${1:-runs/he1-learning}
shift || true
seeds=${*:-0}
kwargs_train='{"observe_state": true, "max_episode_steps": 100}'
hyper='{"n_envs": 8, "n_steps": 200, "batch_size": 400, "gamma": 0.995, "gae_lambda": 0.95,
  "learning_rate": 3e-4, "log_std_init": -2.0}'
./jym eval controlgym/he1-v0 --controller lqr --episodes 5 --kwargs '{"observe_state": true}'
./jym eval controlgym/he1-v0 --controller lqg --episodes 5
for seed in $seeds; do
  uptime
  ./jym train controlgym/he1-v0 --algo ppo --total-steps 600000 --seed "$seed" --no-progress \
    --out "$out/ppo-seed$seed" --kwargs "$kwargs_train" --hyperparams "$hyper"
  uptime
  ./jym eval controlgym/he1-v0 --policy "$out/ppo-seed$seed" --episodes 5 \
    --kwargs '{"observe_state": true}'
done
