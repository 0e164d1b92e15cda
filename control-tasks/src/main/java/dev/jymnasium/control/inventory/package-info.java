/**
 * Inventory control environments after Alvo, Russo and Kanoria (2023), "Neural inventory control in
 * networks via hindsight differentiable policy optimization" (public code:
 * MatiasAlvo/Neural_inventory_control), and the classical policies used as yardsticks for them.
 */
package dev.jymnasium.control.inventory;
