"""Drives `jym rollout inventory/Serial-v0 --actions -` with echelon base-stock (store first:
increments 25, 15, 20, 10), to record the picture in docs/inventory.md:

  python benchmarks/inventory/echelon_controller.py ./jym --seed 0 --record docs/images/inventory-Serial-v0.gif
"""
import json
import subprocess
import sys

INCREMENTS = [25.0, 15.0, 20.0, 10.0]  # store, warehouse, echelon nearest it, most upstream


def orders(obs):
    echelons = obs['echelon_inventories']  # upstream first
    stages = [obs['store_inventories'][0], obs['warehouse_inventories'][0]] + list(reversed(echelons))
    level = 0.0
    position = 0.0
    q = []
    for k, pipeline in enumerate(stages):
        level += INCREMENTS[k]
        position += sum(pipeline)
        wanted = max(level - position, 0.0)
        if k + 1 < len(stages):
            wanted = min(wanted, max(stages[k + 1][0], 0.0))
        q.append(wanted)
    # action order: store, warehouse, echelons upstream first
    return [q[0], q[1]] + list(reversed(q[2:]))


def main():
    jym, args = sys.argv[1], sys.argv[2:]
    proc = subprocess.Popen([jym, 'rollout', 'inventory/Serial-v0', '--actions', '-'] + args,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        record = json.loads(line)
        if record['terminated'] or record['truncated']:
            break
        proc.stdin.write(json.dumps(orders(record['obs'])) + '\n')
        proc.stdin.flush()
    proc.stdin.close()
    sys.exit(proc.wait())


if __name__ == '__main__':
    main()
