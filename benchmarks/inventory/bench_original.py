"""Runs the simulator of MatiasAlvo/Neural_inventory_control (environment.py, commit 4d77c14) from a
checkout, to record reference costs for Jymnasium's ScenarioBatch and to time it on CPU.

Usage (a checkout of the original in ORIG, with torch, numpy, pandas, matplotlib, gymnasium, pyyaml):

  python bench_original.py --orig ORIG record
      prints, for fixed policies on fixed demand traces (formulas below), the total cost of every
      scenario in float64; ScenarioBatchTest holds these numbers.
  python bench_original.py --orig ORIG record-network
      the same for the store networks (transshipment: 3 stores, 1 centre, backlog, pass-through
      allocation; many warehouses: 10 stores, 2 warehouses, the published link matrix, lost sales,
      proportional rationing); StoreNetworkTest holds these numbers.
  python bench_original.py --orig ORIG bench [--scenarios 8192] [--periods 100] [--threads 0]
      rolls a capped base-stock policy on one_store_lost (L = 4, Poisson(5)) and prints
      periods x scenarios per second; threads 0 keeps torch's default.

The demand and initial inventories of `record` are closed-form so both sides build them identically:
  demand[s, t] = ((3 s + 7 t) mod 11) * 0.731 + 0.25
  initial[s, j] = ((s + 2 j) mod 5) * 1.3 (store; upstream stages start at 40 + 10 j).
For the networks, store i: demand ((3 s + 7 t + 5 i) mod 11) * 0.731 + offset (-1 for the
transshipment case, so some demand is negative as with its unclipped normal), initial
((s + 2 j + i) mod 5) * 1.3; warehouse w: 40 + 10 j for j < L_w.
"""

import argparse
import os
import sys
import time


def load_simulator(orig):
    sys.path.insert(0, orig)
    cwd = os.getcwd()
    os.chdir(orig)  # the original imports its modules relative to its own folder
    try:
        from environment import Simulator
    finally:
        os.chdir(cwd)
    return Simulator


def make_data(torch, scenarios, periods, store_slots, lead_times, holding, underage, upstream, demands, initial):
    """upstream: list of (lead_time, slots, holding) for warehouse then echelons, downstream first."""
    dt = torch.float64
    b = scenarios
    data = {
        'initial_inventories': initial.reshape(b, 1, store_slots).to(dt),
        'demands': demands.reshape(b, 1, periods).to(dt),
        'holding_costs': torch.full((b, 1), holding[0], dtype=dt),
        'underage_costs': torch.full((b, 1), underage, dtype=dt),
        'lead_times': torch.full((b, 1, 1), lead_times[0], dtype=dt),
    }
    n_w = 1 if len(upstream) >= 1 else 0
    n_e = max(len(upstream) - 1, 0)
    if n_w:
        lw, sw, hw = upstream[0]
        data['initial_warehouse_inventories'] = (40 + 10 * torch.arange(sw, dtype=dt)).expand(b, 1, sw).clone()
        data['warehouse_lead_times'] = torch.full((b, 1), lw, dtype=dt)
        data['warehouse_holding_costs'] = torch.full((b, 1), hw, dtype=dt)
    if n_e:
        # the original lists echelons upstream first
        ech = list(reversed(upstream[1:]))
        se = max(s for _, s, _ in ech)
        data['initial_echelon_inventories'] = (40 + 10 * torch.arange(se, dtype=dt)).expand(b, n_e, se).clone()
        data['echelon_lead_times'] = torch.tensor([[l for l, _, _ in ech]] * b, dtype=dt)
        data['echelon_holding_costs'] = torch.tensor([[h for _, _, h in ech]] * b, dtype=dt)
    problem = {'n_stores': 1, 'n_warehouses': n_w, 'n_extra_echelons': n_e, 'lost_demand': None, 'maximize_profit': False}
    obs_params = {
        'include_warehouse_inventory': bool(n_w),
        'include_static_features': {'holding_costs': True, 'underage_costs': True, 'lead_times': True},
        'demand': {'past_periods': 0, 'period_shift': 0},
        'time_features': None,
        'sample_features': None,
    }
    return data, problem, obs_params


def run(Simulator, torch, periods, data, problem, obs_params, policy):
    sim = Simulator(device='cpu')
    obs, _ = sim.reset(periods, problem, data, obs_params)
    total = torch.zeros(data['demands'].shape[0], dtype=torch.float64)
    for _ in range(periods):
        obs, reward, terminated, _, _ = sim.step(policy(obs))
        total += reward
    return total


def store_capped(torch, level, cap):
    def policy(obs):
        position = obs['store_inventories'].sum(dim=2)
        q = torch.clip(torch.minimum(torch.clip(level - position, min=0), torch.tensor(cap, dtype=position.dtype)), min=0)
        return {'stores': q.unsqueeze(2)}
    return policy


def chain_base_stock(torch, levels):
    """Every stage orders up to its own (installation) level from its own position."""
    def policy(obs):
        store_pos = obs['store_inventories'].sum(dim=2)
        act = {'stores': torch.clip(levels[0] - store_pos, min=0).unsqueeze(2)}
        if 'warehouse_inventories' in obs:
            wpos = obs['warehouse_inventories'].sum(dim=2)
            act['warehouses'] = torch.clip(levels[1] - wpos, min=0).unsqueeze(2)
        if 'echelon_inventories' in obs:
            epos = obs['echelon_inventories'].sum(dim=2)  # upstream first
            ech_levels = torch.tensor(list(reversed(levels[2:])), dtype=epos.dtype)
            act['echelons'] = torch.clip(ech_levels - epos, min=0).unsqueeze(2)
        return act
    return policy


def record_cases(Simulator, torch):
    scenarios, periods = 5, 30
    s = torch.arange(scenarios, dtype=torch.float64).unsqueeze(1)
    t = torch.arange(periods, dtype=torch.float64).unsqueeze(0)
    demands = torch.remainder(3 * s + 7 * t, 11) * 0.731 + 0.25
    cases = [
        # name, store lead time, store slots, lost, underage, holding per stage, upstream, policy
        ('lost L=3 slots=4 capped S=12.5 r=4.2', 3, 4, True, 9.0, [1.0], [], ('capped', 12.5, 4.2)),
        ('backlog L=2 slots=2 capped S=9.3 r=20', 2, 2, False, 4.0, [1.0], [], ('capped', 9.3, 20.0)),
        ('lost L=1 slots=2 capped S=6.1 r=3.3', 1, 2, True, 19.0, [1.5], [], ('capped', 6.1, 3.3)),
        ('serial backlog store L=4 wh L=3 echelons L=[4,2] (downstream first)', 4, 4, False, 9.0,
         [1.0, 0.5, 0.2, 0.1], [(3, 3, 0.5), (4, 4, 0.2), (2, 2, 0.1)], ('chain', [22.0, 18.0, 25.0, 14.0])),
    ]
    for name, lead, slots, lost, p, hs, upstream, pol in cases:
        j = torch.arange(slots, dtype=torch.float64).unsqueeze(0)
        initial = torch.remainder(s + 2 * j, 5) * 1.3
        data, problem, obs_params = make_data(torch, scenarios, periods, slots, [lead], hs, p, upstream, demands, initial)
        problem['lost_demand'] = lost
        policy = store_capped(torch, pol[1], pol[2]) if pol[0] == 'capped' else chain_base_stock(torch, pol[1])
        total = run(Simulator, torch, periods, data, problem, obs_params, policy)
        print(name)
        print('  ' + ', '.join(repr(float(v)) for v in total))


def network_data(torch, scenarios, periods, n, lead, slots, hs, ps, wl, wh, wc, lost, demands):
    """lead: n x W link lead times (0: no link); wl, wh, wc: warehouse lead times, holding, unit costs."""
    dt = torch.float64
    b, w = scenarios, len(wl)
    s = torch.arange(b, dtype=dt)[:, None, None]
    i = torch.arange(n, dtype=dt)[None, :, None]
    j = torch.arange(slots, dtype=dt)[None, None, :]
    wslots = max(wl)
    jw = torch.arange(wslots, dtype=dt)[None, None, :]
    winit = (40 + 10 * jw).expand(b, w, wslots).clone()
    for k, l in enumerate(wl):
        winit[:, k, l:] = 0
    data = {
        'initial_inventories': torch.remainder(s + 2 * j + i, 5) * 1.3,
        'demands': demands,
        'holding_costs': torch.tensor([hs] * b, dtype=dt),
        'underage_costs': torch.tensor([ps] * b, dtype=dt),
        'lead_times': torch.tensor([lead] * b, dtype=dt),
        'initial_warehouse_inventories': winit,
        'warehouse_lead_times': torch.tensor([wl] * b, dtype=dt),
        'warehouse_holding_costs': torch.tensor([wh] * b, dtype=dt),
        'warehouse_edge_costs': torch.tensor([wc] * b, dtype=dt),
    }
    problem = {'n_stores': n, 'n_warehouses': w, 'n_extra_echelons': 0, 'lost_demand': lost,
               'maximize_profit': False}
    obs_params = {
        'include_warehouse_inventory': True,
        'include_static_features': {'holding_costs': True, 'underage_costs': True, 'lead_times': True},
        'demand': {'past_periods': 0, 'period_shift': 0},
        'time_features': None,
        'sample_features': None,
    }
    return data, problem, obs_params


def network_policy(torch, levels, split, warehouse_levels, pass_through):
    """Store i wants (S_i - position)+, split over its links by `split` (n x W); warehouse w orders
    (S_w - position)+; each warehouse scales the orders on it by on hand / sum (pass-through: up or
    down; else only down), as the Java envs' feasibility does."""
    def policy(obs):
        dt = obs['store_inventories'].dtype
        want = torch.clip(torch.tensor(levels, dtype=dt) - obs['store_inventories'].sum(dim=2), min=0)
        links = want.unsqueeze(2) * torch.tensor(split, dtype=dt)
        ordered = links.sum(dim=1)
        available = torch.clip(obs['warehouse_inventories'][:, :, 0], min=0)
        if pass_through:
            scale = torch.where(ordered > 0, available / ordered, torch.ones_like(ordered))
        else:
            scale = torch.where(ordered > available, available / ordered, torch.ones_like(ordered))
        wpos = obs['warehouse_inventories'].sum(dim=2)
        q_w = torch.clip(torch.tensor(warehouse_levels, dtype=dt) - wpos, min=0)
        return {'stores': links * scale.unsqueeze(1), 'warehouses': q_w.unsqueeze(2)}
    return policy


def record_network_cases(Simulator, torch):
    scenarios, periods = 5, 30
    many_lead = [[0, 2], [0, 1], [6, 2], [6, 2], [6, 1], [0, 2], [6, 0], [5, 2], [6, 2], [0, 2]]
    cases = [
        # name, n, lead (n x W), slots, h, p, warehouse L, h, unit cost, lost, demand offset,
        # store levels, link split, warehouse levels, pass-through
        ('transshipment backlog 3 stores L=[2,1,3] slots=3, centre L=3 h=0.5, pass-through', 3,
         [[2], [1], [3]], 3, [1.0, 1.2, 0.8], [4.0, 9.0, 4.0], [3], [0.5], [0.0], False, -1.0,
         [12.0, 9.0, 15.0], [[1.0], [1.0], [1.0]], [30.0], True),
        ('many warehouses lost 10 stores, published links, slots=6, W L=[3,2], proportional', 10,
         many_lead, 6, [0.7 + 0.06 * k for k in range(10)], [6.3 + 0.5 * k for k in range(10)],
         [3, 2], [0.3, 0.4], [0.5, 1.5], True, 0.25,
         [20.0 + k for k in range(10)],
         [[0.4 if a and b else (1.0 if a else 0.0), 0.6 if a and b else (1.0 if b else 0.0)]
          for a, b in many_lead],
         [45.0, 60.0], False),
    ]
    for (name, n, lead, slots, hs, ps, wl, wh, wc, lost, offset, levels, split, wlevels,
         pass_through) in cases:
        s = torch.arange(scenarios, dtype=torch.float64)[:, None, None]
        i = torch.arange(n, dtype=torch.float64)[None, :, None]
        t = torch.arange(periods, dtype=torch.float64)[None, None, :]
        demands = torch.remainder(3 * s + 7 * t + 5 * i, 11) * 0.731 + offset
        data, problem, obs_params = network_data(torch, scenarios, periods, n, lead, slots, hs, ps, wl, wh, wc,
                                                 lost, demands)
        policy = network_policy(torch, levels, split, wlevels, pass_through)
        total = run(Simulator, torch, periods, data, problem, obs_params, policy)
        print(name)
        print('  ' + ', '.join(repr(float(v)) for v in total))


def bench(Simulator, torch, scenarios, periods, repeats):
    gen = torch.Generator().manual_seed(0)
    demands = torch.poisson(torch.full((scenarios, periods), 5.0, dtype=torch.float64), generator=gen)
    initial = torch.rand((scenarios, 4), dtype=torch.float64, generator=gen) * 5
    data, problem, obs_params = make_data(torch, scenarios, periods, 4, [4], [1.0], 9.0, [], demands, initial)
    problem['lost_demand'] = True
    policy = store_capped(torch, 29.0, 5.0)
    best = float('inf')
    for _ in range(repeats):
        start = time.perf_counter()
        with torch.no_grad():
            total = run(Simulator, torch, periods, data, problem, obs_params, policy)
        best = min(best, time.perf_counter() - start)
    rate = scenarios * periods / best
    print(f'original one_store_lost L=4 capped base-stock, {scenarios} scenarios x {periods} periods, '
          f'{torch.get_num_threads()} torch threads: best of {repeats} {best:.3f} s, '
          f'{rate:.3e} scenario-periods/s (mean cost {float(total.mean()) / periods:.4f})')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--orig', required=True, help='checkout of MatiasAlvo/Neural_inventory_control')
    ap.add_argument('mode', choices=['record', 'record-network', 'bench'])
    ap.add_argument('--scenarios', type=int, default=8192)
    ap.add_argument('--periods', type=int, default=100)
    ap.add_argument('--repeats', type=int, default=3)
    ap.add_argument('--threads', type=int, default=0)
    args = ap.parse_args()
    import torch
    if args.threads:
        torch.set_num_threads(args.threads)
    Simulator = load_simulator(args.orig)
    if args.mode == 'record':
        record_cases(Simulator, torch)
    elif args.mode == 'record-network':
        record_network_cases(Simulator, torch)
    else:
        bench(Simulator, torch, args.scenarios, args.periods, args.repeats)


if __name__ == '__main__':
    main()
