/**
 * Small neural-network pieces on DJL: MLPs and their weights, activations, optimisers (Adam, and a
 * fused Adam on flat parameter buffers), tensor helpers and device selection (CPU by default, CUDA
 * by profile).
 */
package dev.jymnasium.baselines.nn;
