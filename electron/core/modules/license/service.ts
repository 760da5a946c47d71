import { MODULES, modulesOf, type ModuleId } from '../../../../shared/catalogue';
import { CrmError } from '../../../../shared/errors';
import type { LicenseKind, LicenseRefusal, LicenseStatus } from '../../../../shared/license/contract';
import { DAY_MS, dayOf, type CalendarDate } from '../../../../shared/license/dates';
import type { LicensePayload } from '../../../../shared/license/payload';
import { TRIAL_DAYS, TRIAL_SEATS } from '../../../../shared/license/trial';
import type { ProcedureAccess } from '../../../../shared/procedure';
import { clockRollback, evaluateLicense, type LicenseEvaluation } from './evaluate';
import type { Keyring } from './keyring';
import type { LicenseRepository } from './repository';

/** The last time seen is written at most this often, so that reads stay reads. */
const LAST_SEEN_EVERY_MS = 60 * 1000;

export interface LicenseOptions {
  keyring: Keyring;
  releaseDate: CalendarDate;
  revoked: ReadonlySet<string>;
}

export interface LicenseServiceDeps extends LicenseOptions {
  repository: LicenseRepository;
  now: () => number;
  /** When the company was set up (the trial's start); null before setup. */
  companyCreatedAt: () => number | null;
  countActiveUsers: () => number;
}

/** What the licence allows at one moment. */
interface LicenseSnapshot {
  kind: LicenseKind;
  payload: LicensePayload | null;
  /** Modules usable now, for reads and writes alike. */
  modules: ReadonlySet<ModuleId>;
  seats: number;
  refusal: LicenseRefusal | null;
  activatedAt: number | null;
  trialEndsAt: number | null;
  at: number;
}

const NO_MODULES: ReadonlySet<ModuleId> = new Set();

export function createLicenseService(deps: LicenseServiceDeps) {
  const { repository, now } = deps;
  let cached: { key: string; evaluation: LicenseEvaluation } | null = null;

  /** Evaluates the stored key again only when it, the day or the clock's standing changes. */
  function evaluateStored(text: string, at: number, lastSeen: number | null): LicenseEvaluation {
    const key = `${dayOf(at)}|${clockRollback(at, lastSeen) !== null}|${text}`;
    if (cached?.key !== key) {
      cached = { key, evaluation: evaluateLicense(text, { ...deps, now: at, lastSeen }) };
    }
    return cached.evaluation;
  }

  /** The last time seen before this call; the stored one only ever moves forward. */
  function observeClock(at: number, lastSeen: number | null): number | null {
    if (lastSeen === null || at - lastSeen >= LAST_SEEN_EVERY_MS) repository.setLastSeen(at);
    return lastSeen;
  }

  function snapshot(): LicenseSnapshot {
    const at = now();
    const row = repository.get();
    const lastSeen = observeClock(at, row.lastSeenAt);
    if (row.keyText !== null) {
      const evaluation = evaluateStored(row.keyText, at, lastSeen);
      const base = { activatedAt: row.activatedAt, trialEndsAt: null, at };
      if (evaluation.ok) {
        const { payload } = evaluation;
        const modules = modulesOf(payload.edition, payload.modules);
        return { ...base, kind: 'licensed', payload, modules, seats: payload.seats, refusal: null };
      }
      return {
        ...base,
        kind: evaluation.refusal.code === 'LICENSE_EXPIRED' ? 'expired' : 'invalid',
        payload: evaluation.payload,
        modules: NO_MODULES,
        seats: evaluation.payload?.seats ?? TRIAL_SEATS,
        refusal: evaluation.refusal,
      };
    }
    const trialEndsAt = (deps.companyCreatedAt() ?? at) + TRIAL_DAYS * DAY_MS;
    const base = { payload: null, seats: TRIAL_SEATS, activatedAt: null, trialEndsAt, at };
    const rollback = clockRollback(at, lastSeen);
    if (rollback) return { ...base, kind: 'invalid', modules: NO_MODULES, refusal: rollback };
    if (at < trialEndsAt) return { ...base, kind: 'trial', modules: new Set(MODULES), refusal: null };
    return { ...base, kind: 'expired', modules: NO_MODULES, refusal: null };
  }

  /** Why a write to a module is refused once the licence has ended or is refused. */
  function lockedWrite(module: ModuleId, snap: LicenseSnapshot): CrmError {
    if (snap.refusal?.code === 'CLOCK_ROLLBACK') {
      return new CrmError('CLOCK_ROLLBACK', snap.refusal.message, snap.refusal.details);
    }
    const why =
      snap.refusal?.message ??
      (snap.payload ? 'The licence has ended.' : `The ${TRIAL_DAYS}-day trial has ended.`);
    return new CrmError(
      'MODULE_LOCKED',
      `${why} Your data stays readable; activate a licence key to make changes.`,
      { module, license: snap.kind, reason: snap.refusal?.code ?? null },
    );
  }

  function seatsExceeded(message: string, seats: number, active: number): CrmError {
    return new CrmError('SEATS_EXCEEDED', message, { seats, active });
  }

  return {
    /**
     * The module gate of dispatch. A valid licence (or the trial) opens its modules and locks
     * the rest; once it has ended or is refused, every module's reads stay open and writes are
     * refused, naming why (MODULE_LOCKED, or CLOCK_ROLLBACK while the clock is set back).
     */
    isModuleEnabled(module: ModuleId, access: ProcedureAccess): boolean {
      const snap = snapshot();
      if (snap.modules.has(module)) return true;
      if (snap.kind === 'trial' || snap.kind === 'licensed') return false;
      if (access === 'read') return true;
      throw lockedWrite(module, snap);
    },

    /** Throws SEATS_EXCEEDED unless one more user may be active. Call inside the write's transaction. */
    assertSeatForOneMore(): void {
      const { seats } = snapshot();
      const active = deps.countActiveUsers();
      if (active >= seats) {
        throw seatsExceeded(
          `All ${seats} seats of the licence are in use. Deactivate a user or add seats to the licence.`,
          seats,
          active,
        );
      }
    },

    /** Stores a key that is valid now and covers the active users; anything else changes nothing. */
    activate(text: string, userId: number): void {
      const at = now();
      const lastSeen = observeClock(at, repository.get().lastSeenAt);
      const evaluation = evaluateLicense(text, { ...deps, now: at, lastSeen });
      if (!evaluation.ok) {
        const { code, message, details } = evaluation.refusal;
        throw new CrmError(code, message, details);
      }
      const { seats } = evaluation.payload;
      const active = deps.countActiveUsers();
      if (seats < active) {
        throw seatsExceeded(
          `This key is for ${seats} ${seats === 1 ? 'seat' : 'seats'}, but ${active} users are active. Deactivate ${active - seats} first, or ask for a key with more seats.`,
          seats,
          active,
        );
      }
      repository.activate(evaluation.text, at, userId);
    },

    status(): LicenseStatus {
      const snap = snapshot();
      const { payload } = snap;
      return {
        kind: snap.kind,
        licenseId: payload?.licenseId ?? null,
        licensee: payload?.licensee ?? null,
        edition: payload?.edition ?? null,
        addOns: payload?.modules ?? [],
        modules: MODULES.filter((module) => snap.modules.has(module)),
        seats: { used: deps.countActiveUsers(), total: snap.seats },
        issuedAt: payload?.issuedAt ?? null,
        expiresAt: payload?.expiresAt ?? null,
        updatesUntil: payload?.updatesUntil ?? null,
        supportUntil: payload?.supportUntil ?? null,
        releaseDate: deps.releaseDate,
        activatedAt: snap.activatedAt,
        trialEndsAt: snap.trialEndsAt,
        trialDaysLeft:
          snap.trialEndsAt === null ? null : Math.max(0, Math.ceil((snap.trialEndsAt - snap.at) / DAY_MS)),
        refusal: snap.refusal,
      };
    },
  };
}

export type LicenseService = ReturnType<typeof createLicenseService>;
