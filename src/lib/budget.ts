/**
 * A whole-project budget: the compute bill is one line among data, people, storage, networking,
 * evaluation and energy. Epoch AI (Cottier et al. 2024, arXiv 2405.21015) find that for frontier
 * models hardware is 47–67% of development cost, R&D staff 29–49% and energy 2–6%.
 */
import { monthsPerYear } from './units';
import { requireFraction, requireNonNegative, requirePositive } from './validate';

/** Team cost: people × cost per person-year × months / 12. */
export interface StaffInput {
  /** Team size (may be fractional: part-time people). */
  people: number;
  /** Fully loaded cost of one person for a year, US dollars (salary, benefits, overhead). */
  costPerPersonYearUsd: number;
  /** Duration of the project, months. */
  months: number;
}

/** Input of {@link projectBudget}; every amount in US dollars. */
export interface ProjectBudgetInput {
  /** Compute for the final training run (e.g. `estimateTraining(...).costUsd`). */
  computeUsd: number;
  dataAcquisitionUsd: number;
  dataPreparationUsd: number;
  staff: StaffInput;
  storageUsd: number;
  networkingUsd: number;
  evaluationUsd: number;
  /**
   * Post-training: instruction tuning and human preference data (`postTraining.ts`); neither
   * multiplied by the experiments multiplier nor discounted, since most of it is people's time.
   */
  postTrainingUsd: number;
  energyUsd: number;
  /**
   * Compute spent in total per unit of the final run: experiments, ablations, failed runs
   * (1 = the final run only; must be ≥ 1).
   */
  experimentsMultiplier: number;
  /** Negotiated discount on compute, a fraction in [0, 1] (seed article 001: 0.5–0.8). */
  discountFraction: number;
}

/** Ids of the budget's lines. */
export type BudgetLineId =
  | 'compute'
  | 'dataAcquisition'
  | 'dataPreparation'
  | 'staff'
  | 'storage'
  | 'networking'
  | 'evaluation'
  | 'postTraining'
  | 'energy';

/** One line of a budget. */
export interface BudgetLine {
  id: BudgetLineId;
  label: string;
  usd: number;
}

/** Output of {@link projectBudget}. */
export interface ProjectBudget {
  lines: BudgetLine[];
  /** Sum of the lines. */
  totalUsd: number;
}

/**
 * Staff cost in US dollars: people × cost per person-year × months / 12.
 * Seed article 002's "small team for six months ≈ $500,000" is e.g. 5 people at $200k/year.
 * @example staffCostUsd({ people: 5, costPerPersonYearUsd: 200_000, months: 6 }) //=> 500000
 */
export function staffCostUsd(staff: StaffInput): number {
  const where = 'staffCostUsd';
  return (
    requireNonNegative(staff.people, where, 'people') *
    requireNonNegative(staff.costPerPersonYearUsd, where, 'costPerPersonYearUsd') *
    (requireNonNegative(staff.months, where, 'months') / monthsPerYear)
  );
}

/**
 * Budget lines and their total. The compute line is `computeUsd × experimentsMultiplier ×
 * (1 − discountFraction)`: the discount applies to compute only, since it is negotiated with the
 * cloud provider; no other line (post-training included) is discounted. The total is the exact
 * sum of the lines.
 * @example
 * projectBudget({ computeUsd: 4e6, experimentsMultiplier: 1, discountFraction: 0.5, … }).lines[0].usd //=> 2e6
 */
export function projectBudget(input: ProjectBudgetInput): ProjectBudget {
  const where = 'projectBudget';
  const multiplier = requireNonNegative(input.experimentsMultiplier, where, 'experimentsMultiplier');
  if (multiplier < 1) {
    throw new RangeError(`${where}: expected experimentsMultiplier to be ≥ 1 (1 = final run only), received ${multiplier}`);
  }
  const discount = requireFraction(input.discountFraction, where, 'discountFraction');
  const amount = (name: keyof ProjectBudgetInput) => requireNonNegative(input[name] as number, where, name);
  const lines: BudgetLine[] = [
    { id: 'compute', label: 'Compute', usd: amount('computeUsd') * multiplier * (1 - discount) },
    { id: 'dataAcquisition', label: 'Data acquisition', usd: amount('dataAcquisitionUsd') },
    { id: 'dataPreparation', label: 'Data preparation', usd: amount('dataPreparationUsd') },
    { id: 'staff', label: 'Staff', usd: staffCostUsd(input.staff) },
    { id: 'storage', label: 'Storage', usd: amount('storageUsd') },
    { id: 'networking', label: 'Networking', usd: amount('networkingUsd') },
    { id: 'evaluation', label: 'Evaluation', usd: amount('evaluationUsd') },
    { id: 'postTraining', label: 'Post-training', usd: amount('postTrainingUsd') },
    { id: 'energy', label: 'Energy', usd: amount('energyUsd') },
  ];
  return { lines, totalUsd: lines.reduce((sum, line) => sum + line.usd, 0) };
}

/**
 * Experiments multiplier implied by the share of all R&D compute that went into the final run:
 * 1 ÷ share. Epoch AI estimate that about 10% of OpenAI's 2024 R&D compute went to final
 * training runs, and find final runs a minority (under half) at every company they could measure
 * (Denain and Wu 2026): multipliers of 10 and more than 2.
 * @example experimentsMultiplierFromFinalRunShare(0.1) //=> 10
 */
export function experimentsMultiplierFromFinalRunShare(finalRunShare: number): number {
  const share = requirePositive(finalRunShare, 'experimentsMultiplierFromFinalRunShare', 'finalRunShare');
  return 1 / requireFraction(share, 'experimentsMultiplierFromFinalRunShare', 'finalRunShare');
}

/** Input of {@link storageCostUsd}. */
export interface StorageInput {
  /** Data kept, terabytes (SI: 10¹² bytes). */
  terabytes: number;
  /** Price per GB (10⁹ bytes) per month, US dollars. */
  usdPerGbMonth: number;
  /** Months it is kept. */
  months: number;
}

/**
 * Cost of keeping data in object storage: terabytes × 1,000 GB × price per GB-month × months.
 * FineWeb's 44 TB (Penedo et al. 2024) at CoreWeave's $0.06 per GB-month for six months is $15,840.
 * @example storageCostUsd({ terabytes: 44, usdPerGbMonth: 0.06, months: 6 }) //=> 15840
 */
export function storageCostUsd(input: StorageInput): number {
  const where = 'storageCostUsd';
  return (
    requireNonNegative(input.terabytes, where, 'terabytes') *
    gigabytesPerTerabyte *
    requireNonNegative(input.usdPerGbMonth, where, 'usdPerGbMonth') *
    requireNonNegative(input.months, where, 'months')
  );
}

const gigabytesPerTerabyte = 1000;

/**
 * The small project AI-Pro (n.d.) prices, which the budget builder opens on and the Budget page
 * discusses: 64 GPUs for a month, $100k of data, $50k of preparation, three people for six
 * months and $50k of networking.
 */
export const smallProject = {
  accelerators: 64,
  dataAcquisitionUsd: 100e3,
  dataPreparationUsd: 50e3,
  people: 3,
  months: 6,
  networkingUsd: 50e3,
} as const;

/**
 * What the budget builder opens on, besides the source article's line items ({@link smallProject}): the final run's
 * share of all R&D compute (Epoch AI: about 10% at OpenAI in 2024, a minority everywhere they
 * measured, so 10–50%), a corpus the size of FineWeb (44 TB; Penedo et al. 2024) kept in
 * CoreWeave's hot object storage ($0.06 per GB-month, read 2026-09-20), and one person-month of
 * evaluation (the Evaluate step's estimate). Post-training opens on an instruction-tuning pass
 * and a first round of human preferences (`postTrainingDefaults` in `postTraining.ts`).
 */
export const budgetDefaults = {
  finalRunShare: { low: 0.1, high: 0.5 },
  storageTerabytes: 44,
  storageUsdPerGbMonth: 0.06,
  evaluationPersonMonths: 1,
} as const;
