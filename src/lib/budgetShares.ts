/**
 * A budget's shares in the three categories Epoch AI report for frontier models (Cottier et al.
 * 2024, arXiv 2405.21015): hardware 47–67% of development cost, R&D staff 29–49%, energy 2–6%.
 * Hardware here is the compute, networking and storage lines; what is left (data, evaluation,
 * post-training: mostly people's time) is "other", which Epoch's split does not have.
 */
import type { Band } from './assumptions';
import type { BudgetLineId, ProjectBudget } from './budget';

/** Epoch's categories, and the rest. */
export type ShareCategory = 'hardware' | 'staff' | 'energy' | 'other';

/**
 * Epoch AI's ranges for frontier models (Cottier et al. 2024, abstract).
 * @example frontierCostShares.staff //=> { low: 0.29, high: 0.49 }
 */
export const frontierCostShares: Readonly<Record<Exclude<ShareCategory, 'other'>, Band>> = {
  hardware: { low: 0.47, high: 0.67 },
  staff: { low: 0.29, high: 0.49 },
  energy: { low: 0.02, high: 0.06 },
};

const categoryOf: Record<BudgetLineId, ShareCategory> = {
  compute: 'hardware',
  networking: 'hardware',
  storage: 'hardware',
  staff: 'staff',
  energy: 'energy',
  dataAcquisition: 'other',
  dataPreparation: 'other',
  evaluation: 'other',
  postTraining: 'other',
};

/**
 * Fractions of the total per category (all 0 when the total is 0); they sum to 1 otherwise.
 * @example budgetShares({ lines: [{ id: 'compute', label: 'Compute', usd: 3 }, { id: 'staff', label: 'Staff', usd: 1 }], totalUsd: 4 })
 *   //=> { hardware: 0.75, staff: 0.25, energy: 0, other: 0 }
 */
export function budgetShares(budget: ProjectBudget): Record<ShareCategory, number> {
  const shares: Record<ShareCategory, number> = { hardware: 0, staff: 0, energy: 0, other: 0 };
  if (budget.totalUsd <= 0) return shares;
  for (const line of budget.lines) shares[categoryOf[line.id]] += line.usd / budget.totalUsd;
  return shares;
}
