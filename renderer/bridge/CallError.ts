import type { CrmErrorShape, ErrorCode } from '../../shared/errors';

/** The server's error codes, plus NETWORK for a host that could not be reached at all. */
export type ClientErrorCode = ErrorCode | 'NETWORK';

/** What `call()` throws: the error code travels with it so screens can translate it. */
export class CallError extends Error {
  readonly code: ClientErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly procedure: string;

  constructor(
    procedure: string,
    shape: { code: ClientErrorCode; message: string; details?: CrmErrorShape['details'] },
  ) {
    super(shape.message);
    this.name = 'CallError';
    this.procedure = procedure;
    this.code = shape.code;
    this.details = shape.details;
  }
}

export function isCallError(error: unknown): error is CallError {
  return error instanceof CallError;
}

/** A VALIDATION error's field issues, as dispatch reports them. */
export interface FieldIssue {
  path: string[];
  message: string;
}

export function validationIssues(error: unknown): FieldIssue[] {
  if (!isCallError(error) || error.code !== 'VALIDATION') return [];
  const issues = error.details?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is FieldIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      Array.isArray((issue as FieldIssue).path) &&
      typeof (issue as FieldIssue).message === 'string',
  );
}
