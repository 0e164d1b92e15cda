#!/usr/bin/env bash
# Regenerates the pictures that README.md and docs/*.md show, with the commands they name: for
# every <img> whose alt text is a registered env id, a 60-step random-agent GIF
# (`jym rollout ID --seed 0 --steps 60 --record`) or a first frame (`jym render ID --seed 0`);
# with --curves also the PPO learning curves of CartPole-v1 and Hopper-v5 (about five minutes on
# 2 cores), copied from the runs' learning_curve.png.
set -euo pipefail
cd "$(dirname "$0")/.."
grep -oh '<img src="[^"]*images/[^"]*" alt="[^"]*"' README.md docs/*.md |
  sed -E 's|<img src="([^"]*/)?images/([^"]*)" alt="([^"]*)"|\2 \3|' |
  sort -u |
  while read -r file id; do
    case "$file" in
      "$id.gif") ./jym rollout "$id" --seed 0 --steps 60 --record "docs/images/$file" >/dev/null ;;
      "$id.png") ./jym render "$id" --seed 0 --out "docs/images/$file" ;;
      *) continue ;;
    esac
    echo "docs/images/$file"
  done
if [[ "${1:-}" == "--curves" ]]; then
  ./jym train CartPole-v1 --algo ppo --total-steps 100000 --seed 0 --out runs/cartpole
  cp runs/cartpole/learning_curve.png docs/images/CartPole-v1-ppo-curve.png
  ./jym train Hopper-v5 --algo ppo --total-steps 300000 --seed 0 --out runs/hopper
  cp runs/hopper/learning_curve.png docs/images/Hopper-v5-ppo-curve.png
fi
