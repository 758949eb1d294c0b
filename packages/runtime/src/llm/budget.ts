// Token (and cost) budgets that nest. A call reserves its worst case in its scope and in every
// enclosing scope before it is sent, and is refused if any of them cannot afford it; when it
// completes, every enclosing scope is charged what it actually used and the reservation is freed.
// Reserving (rather than only checking what was spent) keeps concurrent calls from all passing
// the check and then overspending together.

export interface BudgetScopeOptions {
  /** Tokens this scope may spend (prompt + completion); null or absent: no token limit here. */
  maxTokens?: number | null;
  /** USD this scope may spend; null or absent: no cost limit here. Usually set on the root only. */
  maxCostUsd?: number | null;
  parent?: BudgetScope | null;
  /** How messages name the scope (a noun phrase): default "the session budget" for a root, "the token-budget" for a child. */
  label?: string;
}

export class BudgetExceeded extends Error {
  constructor(
    message: string,
    readonly scope: BudgetScope,
    readonly unit: "tokens" | "usd",
    readonly limit: number,
    readonly requested: number,
    readonly remaining: number,
  ) {
    super(message);
    this.name = "BudgetExceeded";
  }
}

export class Reservation {
  private state: "held" | "settled" | "released" = "held";
  constructor(
    readonly scope: BudgetScope,
    readonly tokens: number,
    readonly costUsd: number,
  ) {}

  /** Marks the reservation used; throws if it already was (a double charge is a host bug). */
  close(how: "settled" | "released"): void {
    if (this.state !== "held") throw new Error(`budget reservation already ${this.state}; it cannot be ${how} again`);
    this.state = how;
  }
}

export class BudgetScope {
  readonly maxTokens: number | null;
  readonly maxCostUsd: number | null;
  readonly parent: BudgetScope | null;
  readonly label: string;
  private spentTokensTotal = 0;
  private reservedTokensTotal = 0;
  private spentCostTotal = 0;
  private reservedCostTotal = 0;

  constructor(options: BudgetScopeOptions = {}) {
    this.maxTokens = checkLimit(options.maxTokens, "maxTokens", true);
    this.maxCostUsd = checkLimit(options.maxCostUsd, "maxCostUsd", false);
    this.parent = options.parent ?? null;
    this.label = options.label ?? (this.parent ? "the token-budget" : "the session budget");
  }

  /** A nested scope: its spending counts here too, and it can never spend more than this allows. */
  child(maxTokens: number | null, label?: string): BudgetScope {
    return new BudgetScope({ maxTokens, parent: this, ...(label === undefined ? {} : { label }) });
  }

  get spentTokens(): number {
    return this.spentTokensTotal;
  }
  get reservedTokens(): number {
    return this.reservedTokensTotal;
  }
  get spentCostUsd(): number {
    return this.spentCostTotal;
  }
  get reservedCostUsd(): number {
    return this.reservedCostTotal;
  }

  /** Tokens still available here (this scope only), or null when it sets no token limit. */
  get remainingTokens(): number | null {
    return this.maxTokens === null ? null : Math.max(0, this.maxTokens - this.spentTokensTotal - this.reservedTokensTotal);
  }

  get remainingCostUsd(): number | null {
    return this.maxCostUsd === null ? null : Math.max(0, this.maxCostUsd - this.spentCostTotal - this.reservedCostTotal);
  }

  /**
   * Sets aside `tokens` (and `costUsd`) in this scope and every ancestor, or throws BudgetExceeded
   * for the innermost scope that cannot afford it, leaving every scope untouched. `description`
   * says where the number comes from, e.g. "prompt estimate 120 + max tokens 500".
   */
  reserve(tokens: number, options: { costUsd?: number; description?: string } = {}): Reservation {
    const costUsd = options.costUsd ?? 0;
    if (!(Number.isFinite(tokens) && tokens >= 0)) throw new RangeError(`budget: cannot reserve ${tokens} tokens`);
    if (!(Number.isFinite(costUsd) && costUsd >= 0)) throw new RangeError(`budget: cannot reserve $${costUsd}`);
    const because = options.description ? ` (${options.description})` : "";
    for (const scope of this.chain()) {
      const tokensLeft = scope.remainingTokens;
      if (tokensLeft !== null && tokens > tokensLeft) {
        throw new BudgetExceeded(
          `token budget exceeded: the call needs up to ${tokens} tokens${because} but ${scope.label} of ${scope.maxTokens} tokens has ${tokensLeft} left (${scope.spentTokensTotal} spent, ${scope.reservedTokensTotal} reserved by calls in flight); nothing was sent`,
          scope,
          "tokens",
          scope.maxTokens!,
          tokens,
          tokensLeft,
        );
      }
      const costLeft = scope.remainingCostUsd;
      if (costLeft !== null && costUsd > costLeft) {
        throw new BudgetExceeded(
          `cost budget exceeded: the call may cost up to ${usd(costUsd)}${because} but ${scope.label} of ${usd(scope.maxCostUsd!)} has ${usd(costLeft)} left (${usd(scope.spentCostTotal)} spent); nothing was sent`,
          scope,
          "usd",
          scope.maxCostUsd!,
          costUsd,
          costLeft,
        );
      }
    }
    for (const scope of this.chain()) {
      scope.reservedTokensTotal += tokens;
      scope.reservedCostTotal += costUsd;
    }
    return new Reservation(this, tokens, costUsd);
  }

  /** Charges every enclosing scope what the call really used and frees its reservation. */
  settle(reservation: Reservation, actualTokens: number, actualCostUsd = 0): void {
    this.checkOwn(reservation);
    reservation.close("settled");
    for (const scope of this.chain()) {
      scope.reservedTokensTotal -= reservation.tokens;
      scope.reservedCostTotal -= reservation.costUsd;
      scope.spentTokensTotal += actualTokens;
      scope.spentCostTotal += actualCostUsd;
    }
  }

  /** Frees a reservation without charging anything (the call failed before using tokens). */
  release(reservation: Reservation): void {
    this.checkOwn(reservation);
    reservation.close("released");
    for (const scope of this.chain()) {
      scope.reservedTokensTotal -= reservation.tokens;
      scope.reservedCostTotal -= reservation.costUsd;
    }
  }

  private checkOwn(reservation: Reservation): void {
    if (reservation.scope !== this) throw new Error(`budget: this reservation belongs to ${reservation.scope.label}, not ${this.label}`);
  }

  private *chain(): Generator<BudgetScope> {
    for (let scope: BudgetScope | null = this; scope; scope = scope.parent) yield scope;
  }
}

function checkLimit(value: number | null | undefined, name: string, integer: boolean): number | null {
  if (value === undefined || value === null) return null;
  const ok = Number.isFinite(value) && value >= 0 && (!integer || Number.isInteger(value));
  if (!ok) throw new RangeError(`budget: ${name} must be a non-negative ${integer ? "integer" : "number"} or null, got ${value}`);
  return value;
}

/** Dollars with enough digits to see small amounts: $1.50, $0.0123, $0.000015, $0.00000015 (never 1.5e-7). */
export function usd(amount: number): string {
  if (amount === 0) return "$0";
  if (amount < 0) return `-${usd(-amount)}`;
  if (amount >= 1) return `$${amount.toFixed(2)}`;
  // Three significant digits, written out: Number#toString switches to exponents below 1e-6.
  const decimals = Math.min(100, 2 - Math.floor(Math.log10(amount)));
  return `$${amount.toFixed(decimals).replace(/\.?0+$/, "")}`;
}
