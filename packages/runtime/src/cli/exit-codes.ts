// The exit codes of `rlms` (surfaces.md): scripts rely on them.
export const EXIT = { ok: 0, error: 1, usage: 2, timeout: 3, budget: 4, interrupted: 130 } as const;
