/** Multi-agent envs in PettingZoo's two styles: agent-environment cycle (AEC) and parallel. */
package dev.jymnasium.env.multiagent;
